//! `--shard I/N` and `--shard auto`: which part of a batch this job does.

use anyhow::{bail, Context};
use factmark_pipeline::Shard;

/// Reads `--shard`: `I/N`, `auto` or `auto/N`, with `env` looking up the
/// job's environment.
pub fn parse(
    spec: &str,
    env: impl Fn(&str) -> Option<String>,
) -> anyhow::Result<Shard> {
    let number = |name: &str, v: &str| -> anyhow::Result<u64> {
        v.trim()
            .parse()
            .with_context(|| format!("{name}={v:?} is not a whole number"))
    };
    let (index, count) = if let Some(rest) = spec.strip_prefix("auto") {
        let given = match rest.strip_prefix('/') {
            Some(n) => Some(number("--shard auto/N", n)?),
            None if rest.is_empty() => None,
            None => bail!("--shard {spec:?}: write I/N, auto or auto/N"),
        };
        let get = |name: &str| env(name).map(|v| number(name, &v)).transpose();
        if let Some(i) = get("JOB_COMPLETION_INDEX")? {
            let n = match given.or(get("JOB_COMPLETIONS")?) {
                Some(n) => n,
                None => bail!(
                    "--shard auto: JOB_COMPLETION_INDEX is set but not the \
                     shard count; set JOB_COMPLETIONS to the Job's \
                     completions, or write --shard auto/N"
                ),
            };
            (i, n)
        } else if let Some(id) = get("SLURM_ARRAY_TASK_ID")? {
            let min = get("SLURM_ARRAY_TASK_MIN")?.unwrap_or(0);
            let n = given.or(get("SLURM_ARRAY_TASK_COUNT")?).context(
                "--shard auto: SLURM_ARRAY_TASK_ID is set but not \
                 SLURM_ARRAY_TASK_COUNT",
            )?;
            (
                id.checked_sub(min).context(
                    "SLURM_ARRAY_TASK_ID is below SLURM_ARRAY_TASK_MIN",
                )?,
                n,
            )
        } else if let Some(i) = get("AWS_BATCH_JOB_ARRAY_INDEX")? {
            let n = given.or(get("AWS_BATCH_JOB_ARRAY_SIZE")?).context(
                "--shard auto: AWS_BATCH_JOB_ARRAY_INDEX is set but not \
                 AWS_BATCH_JOB_ARRAY_SIZE",
            )?;
            (i, n)
        } else {
            bail!(
                "--shard auto: none of JOB_COMPLETION_INDEX, \
                 SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX is set"
            );
        }
    } else {
        let Some((i, n)) = spec.split_once('/') else {
            bail!("--shard {spec:?}: write I/N (shard I of N, from 0), auto or auto/N");
        };
        (number("--shard I", i)?, number("--shard N", n)?)
    };
    if count == 0 || index >= count {
        bail!("--shard: shard {index} of {count} does not exist (shards are 0 to N-1)");
    }
    Ok(Shard { index, count })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(
        vars: &'a [(&'a str, &'a str)],
    ) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn specs() {
        let s = |index, count| Shard { index, count };
        assert_eq!(parse("2/8", env(&[])).unwrap(), s(2, 8));
        assert!(parse("8/8", env(&[])).is_err());
        assert!(parse("x", env(&[])).is_err());
        let k8s = [("JOB_COMPLETION_INDEX", "3"), ("JOB_COMPLETIONS", "4")];
        assert_eq!(parse("auto", env(&k8s)).unwrap(), s(3, 4));
        assert_eq!(parse("auto/5", env(&k8s[..1])).unwrap(), s(3, 5));
        assert!(parse("auto", env(&k8s[..1])).is_err());
        let slurm = [
            ("SLURM_ARRAY_TASK_ID", "5"),
            ("SLURM_ARRAY_TASK_MIN", "1"),
            ("SLURM_ARRAY_TASK_COUNT", "8"),
        ];
        assert_eq!(parse("auto", env(&slurm)).unwrap(), s(4, 8));
        let aws = [
            ("AWS_BATCH_JOB_ARRAY_INDEX", "0"),
            ("AWS_BATCH_JOB_ARRAY_SIZE", "2"),
        ];
        assert_eq!(parse("auto", env(&aws)).unwrap(), s(0, 2));
        assert!(parse("auto", env(&[])).is_err());
    }
}
