//! Single rules of the quantity grammar, one short sentence each: what
//! the span covers, its value and its kind. The accuracy sets measure the
//! rules together; these name the rule that broke.

use factmark_core::{Period, Quantity, QuantityKind, Value};
use factmark_quantity::QuantityTagger;
use factmark_segment::Segmenter;

/// The quantities of `text`, segmented and tagged.
fn quantities(text: &str) -> Vec<Quantity> {
    let sentences = Segmenter::new().segment(text);
    QuantityTagger::new().tag(text, &sentences)
}

/// The quantities of `text` as (text, value, kind).
fn tag(text: &str) -> Vec<(String, Value, QuantityKind)> {
    quantities(text)
        .into_iter()
        .map(|q| (text[q.span.range()].to_string(), q.value, q.kind))
        .collect()
}

/// What the first quantity of `text` counts.
fn counted(text: &str) -> Option<String> {
    quantities(text)[0].counted.map(|c| text[c.range()].to_string())
}

fn one(text: &str, span: &str, value: Value, kind: QuantityKind) {
    assert_eq!(tag(text), vec![(span.to_string(), value, kind)], "{text:?}");
}

#[test]
fn capital_c_and_f_against_a_number_are_temperatures() {
    use QuantityKind::{Measure, Money};
    one("Highs of 25C are expected.", "25C", Value::Exact(25.0), Measure);
    one("It reached 77F by noon.", "77F", Value::Exact(77.0), Measure);
    // Lower case is cents.
    one("Stamps cost 5c each.", "5c", Value::Exact(5.0), Money);
}

#[test]
fn a_spaced_minus_is_a_sign_only_before_a_temperature_after_a_word() {
    use QuantityKind::{Measure, Year};
    one("Lows of - 5C overnight.", "- 5C", Value::Exact(-5.0), Measure);
    one(
        "Convert - 20 degrees fahrenheit to celsius.",
        "- 20 degrees fahrenheit",
        Value::Exact(-20.0),
        Measure,
    );
    // Between numbers it is a range, and before other units a dash.
    one(
        "It was 10 - 20 degrees.",
        "10 - 20 degrees",
        Value::Range(10.0, 20.0),
        Measure,
    );
    one(
        "The 2019 - 20 season.",
        "2019 - 20",
        Value::Range(2019.0, 2020.0),
        Year,
    );
    assert_eq!(tag("He left - 20 minutes later.")[0].1, Value::Exact(20.0));
}

#[test]
fn a_unit_in_brackets_needs_its_closing_bracket() {
    use QuantityKind::{Count, Measure};
    one("The weight is 45 (kg) now.", "45 (kg)", Value::Exact(45.0), Measure);
    one("The weight is 45{kg) now.", "45", Value::Exact(45.0), Count);
}

#[test]
fn model_names_are_not_quantities_even_with_a_unit_letter() {
    assert_eq!(tag("The 2019-nCoV virus spread."), vec![]);
    assert_eq!(tag("Three 50-mL syringes.").len(), 2);
    assert_eq!(tag("Open 24/7 since the 9/11 attacks."), vec![]);
    assert_eq!(tag("Add 3/16 inch.")[0].1, Value::Exact(3.0 / 16.0));
    assert_eq!(tag("Ukraine received F-16 jets."), vec![]);
    assert_eq!(tag("The C-130 landed."), vec![]);
    // "G" reads as grams, "T" as tonnes and "Mi" as miles elsewhere.
    assert_eq!(tag("The G-20 met. A T-72 burned."), vec![]);
    assert_eq!(tag("A Mil Mi-17 helicopter crashes."), vec![]);
    // Nor is a letter set apart from the number before it a unit or a
    // scale: "6 T-72 tanks" are not six tonnes, "6 M-2 mines" not six
    // million.
    for (text, noun) in [
        ("It sent 6 T-72 tanks.", "T-72 tanks"),
        ("It sent 6 M-2 mines.", "M-2 mines"),
        (
            "It sent 6 nuclear-capable B-2 bombers.",
            "nuclear-capable B-2 bombers",
        ),
    ] {
        assert_eq!(tag(text).len(), 1, "{text}");
        assert_eq!(counted(text).as_deref(), Some(noun), "{text}");
    }
    // Letters between digits: a code, unless a power of ten or a unit
    // squared.
    assert_eq!(tag("The H5N1 virus and 3C58, a 9K333 system."), vec![]);
    assert_eq!(tag("It read 1.3e6 on 4m2.").len(), 2);
    // A unit in lower case is still one: odds are a figure, no model.
    assert_eq!(
        tag("It has a 1-in-77 chance.")
            .into_iter()
            .map(|(s, _, _)| s)
            .collect::<Vec<_>>(),
        ["1-in-77"]
    );
}

#[test]
fn ordinals_before_a_noun_are_no_fractions_or_times() {
    use QuantityKind::{Count, Duration};
    assert_eq!(tag("She won a third term in office."), vec![]);
    assert_eq!(tag("He was sworn in for a second term."), vec![]);
    assert_eq!(tag("It was a fourth and final round."), vec![]);
    // Part of a year or a game, not an amount.
    assert_eq!(tag("Sales fell in the first quarter of last year."), vec![]);
    assert_eq!(tag("They scored in the final quarter of the game."), vec![]);
    assert_eq!(tag("It rose in the second half of the season."), vec![]);
    one(
        "A third of the voters left.",
        "A third",
        Value::Exact(1.0 / 3.0),
        Count,
    );
    one(
        "It fell by a third in May.",
        "a third",
        Value::Exact(1.0 / 3.0),
        Count,
    );
    one(
        "He paused for a second and left.",
        "a second",
        Value::Exact(1.0),
        Duration,
    );
    // Before a verb or a comparative it stays a fraction.
    assert_eq!(tag("About a third voted no.")[0].1, Value::Exact(1.0 / 3.0));
    assert_eq!(
        tag("Prices are a third higher.")[0].1,
        Value::Exact(1.0 / 3.0)
    );
}

#[test]
fn an_adverb_is_not_what_is_counted() {
    assert_eq!(counted("Fifteen seriously injured came."), None);
    assert_eq!(counted("Police shot twelve fatally, in May."), None);
    assert_eq!(
        counted("Two early warnings came.").as_deref(),
        Some("early warnings")
    );
    assert_eq!(
        counted("It killed 1,628 mainly-Alawite civilians.").as_deref(),
        Some("mainly-Alawite civilians")
    );
}

#[test]
fn an_age_set_off_after_a_name() {
    use QuantityKind::{Count, Duration};
    one("Sirhan, 75, is in prison.", "75", Value::Exact(75.0), Duration);
    one("The princess, 67, ran.", "67", Value::Exact(67.0), Duration);
    // Not after a plural, a number word or a date.
    one("It had women, 102, and men.", "102", Value::Exact(102.0), Count);
    one("In round one, 45, he said.", "45", Value::Exact(45.0), Count);
    one("Of these, 12, were children.", "12", Value::Exact(12.0), Count);
    // A tally.
    assert!(tag("He won Ohio, 18, Florida, 29, and Texas, 38.")
        .iter()
        .all(|q| q.2 == Count));
    // "of age" may start a range; "-old" may not.
    one(
        "Those 65 years of age to 80 came.",
        "65 years of age to 80",
        Value::Range(65.0, 80.0),
        Duration,
    );
}

#[test]
fn an_age_covers_old_and_starts_no_range() {
    use QuantityKind::Duration;
    one(
        "A 60-year-old man died.",
        "60-year-old",
        Value::Exact(60.0),
        Duration,
    );
    assert_eq!(
        tag("They sentenced a 15-year-old to seven years."),
        vec![
            ("15-year-old".to_string(), Value::Exact(15.0), Duration),
            ("seven years".to_string(), Value::Exact(7.0), Duration),
        ]
    );
}

#[test]
fn a_whole_word_joined_to_a_duration_unit_counts_one() {
    use QuantityKind::Duration;
    one(
        "Workers held a full-day strike.",
        "full-day",
        Value::Exact(1.0),
        Duration,
    );
    one(
        "They held an entire-day vigil.",
        "entire-day",
        Value::Exact(1.0),
        Duration,
    );
}

#[test]
fn scores_are_no_ranges() {
    assert_eq!(tag("Kuching City lost 3–0 to Sabah."), vec![]);
    assert_eq!(tag("The match ended in a 1-1 draw."), vec![]);
    assert_eq!(tag("Sweden won 1 – 0."), vec![]);
    assert_eq!(tag("It was a 5-to-4 ruling."), vec![]);
    // A tally of votes is two counts, never a range below zero.
    let c = QuantityKind::Count;
    assert_eq!(
        tag("The bill passed 230-to-198."),
        [
            ("230".to_string(), Value::Exact(230.0), c),
            ("198".to_string(), Value::Exact(198.0), c)
        ]
    );
    // The same with a dash: a larger number first is no range.
    assert_eq!(
        tag("The House voted 396–13 to pass it."),
        [
            ("396".to_string(), Value::Exact(396.0), c),
            ("13".to_string(), Value::Exact(13.0), c)
        ]
    );
    // Sets of a match: each is a score, in either order, while a list
    // of ranges stays ranges.
    assert_eq!(tag("She beat Pegula 4–6, 6–4, 6–0 in the final."), vec![]);
    assert_eq!(tag("Keys won 6–3, 2–6, 7–5."), vec![]);
    assert_eq!(
        tag("Children aged 4–6, 7–9 and 10–12 took part."),
        [
            ("4–6".to_string(), Value::Range(4.0, 6.0), c),
            ("7–9".to_string(), Value::Range(7.0, 9.0), c),
            ("10–12".to_string(), Value::Range(10.0, 12.0), c)
        ]
    );
    // Ranges run upwards, and a sign or a unit makes a measure.
    one(
        "About 20-25 people came.",
        "20-25",
        Value::Range(20.0, 25.0),
        QuantityKind::Count,
    );
    one(
        "It was -78-0 degrees Celsius.",
        "-78-0 degrees Celsius",
        Value::Range(-78.0, 0.0),
        QuantityKind::Measure,
    );
}

#[test]
fn decades_are_their_years_and_no_seconds() {
    use QuantityKind::{Duration, Year};
    one("The 1990s were calm.", "1990s", Value::Range(1990.0, 1999.0), Year);
    one("Prices rose in the '80s.", "80s", Value::Range(80.0, 89.0), Year);
    one("He is a man in his 20s.", "20s", Value::Range(20.0, 29.0), Duration);
}

#[test]
fn a_fraction_of_a_scale_word() {
    one(
        "A quarter million clips were removed.",
        "A quarter million",
        Value::Exact(250_000.0),
        QuantityKind::Count,
    );
}

#[test]
fn a_currency_name_comes_after_its_number() {
    one(
        "The party won 60 seats.",
        "60",
        Value::Exact(60.0),
        QuantityKind::Count,
    );
    one(
        "It cost 5,000 won.",
        "5,000 won",
        Value::Exact(5000.0),
        QuantityKind::Money,
    );
    one(
        "A loan of RMB 300 million.",
        "RMB 300 million",
        Value::Exact(3e8),
        QuantityKind::Money,
    );
}

#[test]
fn a_country_before_a_currency_name_is_read_with_it() {
    let unit = |text: &str| quantities(text)[0].unit.clone();
    // A name that means one currency, after any country.
    one(
        "They sold it for 1 billion Czech koruna.",
        "1 billion Czech koruna",
        Value::Exact(1e9),
        QuantityKind::Money,
    );
    assert_eq!(
        unit("It cost 10 million Swedish kronor.").as_deref(),
        Some("SEK")
    );
    // A name that countries share means the listed pair's currency, and
    // nothing after a country the lexicon does not list.
    assert_eq!(unit("It cost 500 Argentine pesos.").as_deref(), Some("ARS"));
    assert_eq!(unit("It cost 300 Danish kroner.").as_deref(), Some("DKK"));
    assert_eq!(tag("It cost 5 Jamaican dollars.")[0].2, QuantityKind::Count);
    // "won" after a plural is the verb, not the currency.
    assert_eq!(
        counted("Two Democrats won seats.").as_deref(),
        Some("Democrats")
    );
    assert_eq!(tag("49 Republicans won.")[0].2, QuantityKind::Count);
}

#[test]
fn a_plural_ends_what_is_counted() {
    assert_eq!(
        counted("Two trains collide near Prague.").as_deref(),
        Some("trains")
    );
    assert_eq!(
        counted("Over 500 police officers came.").as_deref(),
        Some("police officers")
    );
    assert_eq!(
        counted("Two staff members of the UN left.").as_deref(),
        Some("staff members")
    );
    assert_eq!(
        counted("It lost 25,000 soldiers killed and wounded.").as_deref(),
        Some("soldiers killed and wounded")
    );
    assert_eq!(
        counted("Ten news outlets ran it.").as_deref(),
        Some("news outlets")
    );
    assert_eq!(
        counted("It hit 90% of all targets hit.").as_deref(),
        Some("of all targets hit")
    );
    // Nouns in "-s" that are no plurals.
    assert_eq!(
        counted("The three largest measles outbreaks grew.").as_deref(),
        Some("largest measles outbreaks")
    );
}

#[test]
fn what_is_counted_after_participles_possessives_and_abbreviations() {
    // After a participle only "and" and another participle go on.
    assert_eq!(
        counted("Three men accused of murder were freed.").as_deref(),
        Some("men")
    );
    assert_eq!(
        counted("Six nationals convicted of spying left.").as_deref(),
        Some("nationals convicted")
    );
    // Participles that relate end the noun after it, not before it.
    assert_eq!(
        counted("Police held eleven people linked to a gang.").as_deref(),
        Some("people")
    );
    assert_eq!(
        counted("Two linked cases were found.").as_deref(),
        Some("linked cases")
    );
    // Only a participle after a plural ends the noun that way.
    assert_eq!(
        counted("Two seized armored cars were shown.").as_deref(),
        Some("seized armored cars")
    );
    // An adjective of a state after the noun is not part of it.
    for (text, noun) in [
        ("It passed with two MPs absent.", "MPs"),
        ("It failed with only 137 MPs present.", "MPs"),
        ("They took dozens of prison staff hostage.", "prison staff"),
        ("There were 230 people aboard.", "people"),
    ] {
        assert_eq!(counted(text).as_deref(), Some(noun), "{text}");
    }
    // A possessive belongs to the noun after it.
    assert_eq!(
        counted("Five of the company's employees quit.").as_deref(),
        Some("company's employees")
    );
    assert_eq!(counted("He won 39 of the state's 50 delegates."), None);
    // "U.S." is one word.
    assert_eq!(
        counted("About 5000 U.S. troops left.").as_deref(),
        Some("U.S. troops")
    );
}

#[test]
fn the_base_of_a_rate_is_no_quantity_of_its_own() {
    let text = "It had 18.9 deaths per 100,000 people per year.";
    let all = quantities(text);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(&text[all[0].full], "18.9 deaths per 100,000 people per year");
    assert_eq!(all[0].per, Some(Period::Year));
    // An em dash set apart opens an aside, not a range.
    let text = "It is 30 astronomical units — one astronomical unit is far.";
    assert_eq!(quantities(text)[0].value, Value::Exact(30.0));
    let text = "It costs $5 per person.";
    assert_eq!(&text[quantities(text)[0].full], "$5 per person");
}

#[test]
fn the_verb_after_what_is_counted_is_not_a_participle() {
    let cases = [
        // A verb with no passive.
        ("Five people died in the crash.", Some("people")),
        ("Some 200 workers walked out.", Some("workers")),
        ("About 30 cases occurred last year.", Some("cases")),
        ("Two buses collided head-on.", Some("buses")),
        ("A boat carrying 74 passengers capsized.", Some("passengers")),
        ("About 20 buildings collapsed.", Some("buildings")),
        ("Tens of thousands gather in the square.", None),
        ("Thousands of fish die in a canal.", Some("fish")),
        ("At least five died.", None),
        // A past with an object after it.
        ("20 senators backed the bill.", Some("senators")),
        ("Four gunmen attacked a village.", Some("gunmen")),
        // A participle still says what befell them.
        ("Up to 25,000 soldiers killed a month.", Some("soldiers killed")),
        (
            "300 homes destroyed this year were rebuilt.",
            Some("homes destroyed"),
        ),
        ("Three retired generals spoke.", Some("retired generals")),
        ("It found 60 confirmed dead.", Some("confirmed dead")),
    ];
    for (text, want) in cases {
        assert_eq!(counted(text).as_deref(), want, "{text}");
    }
}

#[test]
fn a_number_after_a_name_names() {
    assert_eq!(tag("Oil prices fell. (France 24)"), vec![]);
    assert_eq!(tag("Blue Ghost Mission 1 landed on the Moon."), vec![]);
    assert_eq!(
        tag("The crash of Malaysia Airlines Flight 370 was studied."),
        vec![]
    );
    // A storm's category, in either case, is no count of storms.
    assert_eq!(tag("Dorian became a category 3 hurricane."), vec![]);
    assert_eq!(tag("It was a Category 5 storm."), vec![]);
    assert_eq!(tag("It was upgraded to category 4."), vec![]);
    assert_eq!(tag("The category 4 hurricane made landfall."), vec![]);
    // After another determiner the category is a noun and counts follow.
    assert_eq!(tag("In the category 12 films competed.").len(), 1);
    assert_eq!(
        tag("Within each category 20 percent went to research.").len(),
        1
    );
    // A count after a name that is the object, a time or a place.
    one(
        "He told Reuters 40 were killed.",
        "40",
        Value::Exact(40.0),
        QuantityKind::Count,
    );
    one(
        "In Gaza 40 people died.",
        "40",
        Value::Exact(40.0),
        QuantityKind::Count,
    );
    one(
        "On Tuesday 40 people died.",
        "40",
        Value::Exact(40.0),
        QuantityKind::Count,
    );
    one(
        "It hurt Donald Trump's 2024 campaign.",
        "2024",
        Value::Exact(2024.0),
        QuantityKind::Year,
    );
    // One capital and a number with nothing after it to count; a year
    // stays a year.
    assert_eq!(tag("The site runs on Windows 10."), vec![]);
    assert_eq!(tag("It uses HTML 5 and CSS."), vec![]);
    assert_eq!(tag("He won the Indianapolis 500, his first."), vec![]);
    one(
        "The plan is called Vision 2030.",
        "2030",
        Value::Exact(2030.0),
        QuantityKind::Year,
    );
    one("He met Biden 3 times.", "3", Value::Exact(3.0), QuantityKind::Count);
    // A version after a capital, with nothing counted after it.
    assert_eq!(tag("This led me to Democracy 2.0."), vec![]);
    assert_eq!(tag("Society 1.0: a plan."), vec![]);
    assert_eq!(tag("It runs Python 3.11, Minetest 0.4 (free) and UV Probe 2.21 software."), vec![]);
    // Not an element's share, a range, or a sentence's first word.
    assert_eq!(tag("C 0.15 to 0.3% Ni 3.5 to 5%").len(), 2);
    assert_eq!(tag("Particularly 5.6 to 6.0 is desirable.").len(), 1);
    one(
        "Germany had 2.5 million cases.",
        "2.5 million",
        Value::Exact(2_500_000.0),
        QuantityKind::Count,
    );
    // A label in lower case after a preposition still names.
    assert_eq!(tag("On day 3 of the war, troops advanced."), vec![]);
    assert_eq!(tag("Under article 5, allies must act."), vec![]);
    assert_eq!(tag("They met in round 2."), vec![]);
    // "version" names in any case, with the other end of a span, and a
    // number with several points is one name.
    assert_eq!(tag("It runs version 2.1 now."), vec![]);
    assert_eq!(tag("It went from version 0.3 to 0.4 in May."), vec![]);
    assert_eq!(tag("As in Section 4.2.2, it holds."), vec![]);
    assert_eq!(tag("He was in room 3 to 4 hours.").len(), 1);
    one(
        "That day 3 children died.",
        "3",
        Value::Exact(3.0),
        QuantityKind::Count,
    );
    one(
        "By day 3 people had fled.",
        "3",
        Value::Exact(3.0),
        QuantityKind::Count,
    );
}

#[test]
fn names_with_number_words_and_citations() {
    assert_eq!(tag("Oil fell. (AFP via France 24)"), vec![]);
    assert_eq!(tag("Oil fell. (Nine News)"), vec![]);
    assert_eq!(tag("The Twelve-Day War ended."), vec![]);
    one(
        "\"Nine people died,\" he said.",
        "Nine",
        Value::Exact(9.0),
        QuantityKind::Count,
    );
}

#[test]
fn ranges_and_counted_nouns_in_news() {
    one(
        "Almost 800-1000 people came.",
        "800-1000",
        Value::Range(800.0, 1000.0),
        QuantityKind::Count,
    );
    one(
        "It cost nearly 1 billion Kč.",
        "1 billion Kč",
        Value::Exact(1e9),
        QuantityKind::Money,
    );
    let all_counted = |text: &str| {
        quantities(text)
            .into_iter()
            .map(|q| q.counted.map(|c| text[c.range()].to_string()))
            .collect::<Vec<_>>()
    };
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        all_counted("It killed 10 people and injured nearly 100."),
        [some("people"), None]
    );
    assert_eq!(all_counted("Dozens got injured."), [None]);
    assert_eq!(
        all_counted("It hurt fifteen seriously injured people."),
        [None]
    );
}

#[test]
fn round_numbers_with_an_s() {
    use QuantityKind::{Duration, Vague, Year};
    one(
        "In the 1800s trade grew.",
        "1800s",
        Value::Range(1800.0, 1899.0),
        Year,
    );
    one("100s of people came.", "100s", Value::AtLeast(200.0), Vague);
    one("In his 20s he ran.", "20s", Value::Range(20.0, 29.0), Duration);
    one("The clip lasts 30s.", "30s", Value::Exact(30.0), Duration);
}

#[test]
fn a_count_after_a_name_is_counted() {
    use QuantityKind::Count;
    one("He saw Donald Trump 2 times.", "2", Value::Exact(2.0), Count);
    one(
        "He told President Biden 40 people had died.",
        "40",
        Value::Exact(40.0),
        Count,
    );
    // A weekday after a name is a time, not part of it.
    one("Officials in Kyiv Monday 40 died.", "40", Value::Exact(40.0), Count);
    // A sign makes no score.
    one("It was -7-0 then.", "-7-0", Value::Range(-7.0, 0.0), Count);
}

#[test]
fn a_rate_inside_a_compound() {
    let per = |text: &str| quantities(text).first().and_then(|q| q.per);
    assert_eq!(
        per("He signed a $3 million-per-year deal."),
        Some(Period::Year)
    );
    assert_eq!(per("They earn a $5-a-day wage."), Some(Period::Day));
    assert_eq!(per("He signed a $3 million deal."), None);
}

#[test]
fn a_change_from_one_amount_to_another_is_no_range() {
    use QuantityKind::{Count, Duration, Percent};
    let pair = |a: &str, x: f64, b: &str, y: f64, k: QuantityKind| {
        vec![
            (a.to_string(), Value::Exact(x), k),
            (b.to_string(), Value::Exact(y), k),
        ]
    };
    assert_eq!(
        tag("He will raise tariffs on steel imports from 25% to 50%."),
        pair("25%", 25.0, "50%", 50.0, Percent)
    );
    // The first end takes the unit the range would have given it.
    assert_eq!(
        tag("The bill extends terms from five to seven years."),
        pair("five", 5.0, "seven years", 7.0, Duration)
    );
    // Counting down is a change whatever the verb.
    assert_eq!(
        tag("The city had from 180 to 5 stations."),
        pair("180", 180.0, "5", 5.0, Count)
    );
    // A range is still one, after "ranging" too.
    one(
        "Terms rose, ranging from five to seven years.",
        "from five to seven years",
        Value::Range(5.0, 7.0),
        Duration,
    );
    one(
        "Estimates run from 5% to 7%.",
        "from 5% to 7%",
        Value::Range(5.0, 7.0),
        Percent,
    );
}

#[test]
fn two_guesses_joined_by_or_make_a_range() {
    use QuantityKind::{Count, Duration};
    one(
        "It lasted two or three days.",
        "two or three days",
        Value::Range(2.0, 3.0),
        Duration,
    );
    one(
        "The post got 2000 or 3000 likes.",
        "2000 or 3000",
        Value::Range(2000.0, 3000.0),
        Count,
    );
    one(
        "Some 20 or 30 million people voted.",
        "20 or 30 million",
        Value::Range(20e6, 30e6),
        Count,
    );
    // Two years, two choices, a bound on the second, a smaller second:
    // two quantities.
    for text in [
        "It happened in 2019 or 2020.",
        "It costs either 10 bln or 10 tln.",
        "Set it to 5.5 or over 6.5.",
        "Pick 5 or 3 of them.",
        "One in 5 or 6 adults smoke.",
        "Vote 1 or 2.",
        "Read page 5 or 10 of the report.",
        "It is 3 km or 4 miles away.",
    ] {
        assert_eq!(tag(text).len(), 2, "{text}: {:?}", tag(text));
    }
}

#[test]
fn within_bounds_from_above() {
    let text = "The results came within 36 hours.";
    let q = &quantities(text)[0];
    let hedge = q.hedge.expect("a hedge");
    assert_eq!(&text[hedge.span.range()], "within");
    assert_eq!(hedge.bound, factmark_core::Bound::UpperBound);
    // Not a count or a year.
    for text in ["It spread within 30 countries.", "Within 2023 sales rose."] {
        assert!(quantities(text)[0].hedge.is_none(), "{text}");
    }
    one(
        "Within 2023 sales rose.",
        "2023",
        Value::Exact(2023.0),
        QuantityKind::Year,
    );
}

#[test]
fn others_are_what_the_sentence_counted_before() {
    let units = |text: &str| -> Vec<Option<String>> {
        quantities(text).into_iter().map(|q| q.unit).collect()
    };
    let person = Some("person".to_string());
    assert_eq!(
        units("Seven people are killed and 19 others are injured."),
        [person.clone(), person]
    );
    assert_eq!(
        units("Two soldiers were killed and dozens of others wounded."),
        [Some("soldier".to_string()), Some("soldier".to_string())]
    );
    // Nothing counted before in the sentence, or not a count: still
    // "other", which the counted noun says.
    let other = Some("other".to_string());
    assert_eq!(units("Five others were hurt."), std::slice::from_ref(&other));
    assert_eq!(
        units("Prices rose 5% and 19 others fell."),
        [Some("percent".to_string()), other]
    );
}

#[test]
fn a_count_with_its_noun_left_out_counts_what_came_before() {
    let units = |text: &str| -> Vec<Option<String>> {
        quantities(text).into_iter().map(|q| q.unit).collect()
    };
    let s = |u: &str| Some(u.to_string());
    // An aside ("including ...") is not what the others are.
    assert_eq!(
        units(
            "Fifteen people are killed, including two children, and \
             thirteen others are injured."
        ),
        [s("person"), s("child"), s("person")]
    );
    assert_eq!(
        units("Of the 40 passengers, 22 were Cuban."),
        [s("passenger"), s("passenger")]
    );
    assert_eq!(
        units("Twenty bodies, five of them decapitated, were found."),
        [s("body"), s("body")]
    );
    // The noun is left out only before a verb; an age is no count.
    assert_eq!(units("Two people died and three."), [s("person"), None]);
    assert_eq!(
        units("Three children under the age of four are hurt."),
        [s("child"), None]
    );
    // A part of a count before: "including two from Iran".
    assert_eq!(
        units("Three tankers, including two from Iran, sank."),
        [s("tanker"), s("tanker")]
    );
    // Nothing counted before: the counted noun stays unknown.
    assert_eq!(units("Two are injured."), [None]);
    let two = &quantities("Seven people are killed and two are injured.")[1];
    assert_eq!((two.unit.as_deref(), two.counted), (Some("person"), None));
}

#[test]
fn participles_used_as_prepositions_end_the_counted_noun() {
    assert_eq!(counted("It admits 7,500 starting in 2026."), None);
    assert_eq!(
        counted("It won four Academy Awards following 16 nominations.")
            .as_deref(),
        Some("Academy Awards")
    );
    assert_eq!(
        counted("A quarter of the staff left.").as_deref(),
        Some("staff")
    );
}

#[test]
fn a_toll_says_what_its_number_counts() {
    let unit = |text: &str| quantities(text).pop().and_then(|q| q.unit);
    assert_eq!(
        unit("The death toll from floods in Bahía Blanca increases to 16."),
        Some("death".to_string())
    );
    assert_eq!(
        unit("The casualty toll stands at 40."),
        Some("casualty".to_string())
    );
    assert_eq!(unit("The nationwide toll stands at 26."), None);
    // Nor what comes after the toll's own number.
    assert_eq!(
        unit("The death toll rises to 50 and the injury count to 1,205."),
        None
    );
    assert_eq!(
        unit("The death toll rises to 142, with 127 others missing."),
        Some("other".to_string())
    );
    assert_eq!(unit("Sales rose to 16."), None);
}

#[test]
fn an_earthquake_magnitude_is_a_measure() {
    use QuantityKind::Measure;
    let m = |text: &str, span: &str, v: f64| {
        one(text, span, Value::Exact(v), Measure);
        assert_eq!(quantities(text)[0].unit.as_deref(), Some("magnitude"));
        assert_eq!(counted(text), None, "{text:?}");
    };
    m("A 7.6 magnitude earthquake strikes.", "7.6 magnitude", 7.6);
    m("A 5.8-magnitude tremor hit.", "5.8-magnitude", 5.8);
    m("A magnitude 6.1 quake hit.", "magnitude 6.1", 6.1);
    m("It measured magnitude-7.0 at sea.", "magnitude-7.0", 7.0);
    m("A Mw 7.6 earthquake strikes.", "Mw 7.6", 7.6);
    m("Its Ms 6.8 was lower.", "Ms 6.8", 6.8);
    let range = quantities("A Mww 5.0-5.2 earthquake hit.");
    assert_eq!(range.len(), 1);
    assert_eq!(range[0].value, Value::Range(5.0, 5.2));
    assert_eq!(range[0].unit.as_deref(), Some("magnitude"));
    assert_eq!(range[0].counted, None);
    assert_eq!(
        &quantities("A magnitude 6.1 quake hit.")[0].full.range(),
        &(2..15)
    );
    // Orders of magnitude are counted.
    assert_eq!(
        tag("Two orders of magnitude smaller.")[0].2,
        QuantityKind::Count
    );
}

#[test]
fn numbered_things_and_clock_times_are_names() {
    // "No." numbers, sections and paragraphs name what they number;
    // after a word in lower case or a determiner, "No." ranks.
    one(
        "She beat world No. 5 Madison Keys.",
        "No. 5",
        Value::Exact(5.0),
        QuantityKind::Ordinal,
    );
    assert_eq!(tag("The No. 1 seed lost.")[0].2, QuantityKind::Ordinal);
    assert_eq!(tag("Republic Act No. 3846 lapsed."), vec![]);
    assert_eq!(tag("Signal No. 10 was raised."), vec![]);
    assert_eq!(tag("He lives at No. 10 Downing Street."), vec![]);
    assert_eq!(tag("Under resolution No. 1430/2019, it paid."), vec![]);
    assert_eq!(tag("Steels No. 2 to 6 and 15 are weaker."), vec![]);
    assert_eq!(
        tag("It broke 17 U.S. Code § 1201."),
        tag("It broke 17 U.S. Code.")
    );
    assert_eq!(tag("See §230 and ¶ 4."), vec![]);
    // A number called, with nothing counted after it, is a phone's.
    assert_eq!(tag("Contact police by calling 101 or dialling 999."), vec![]);
    assert_eq!(tag("He called 5 witnesses.").len(), 1);
    // Four digits before a time zone are a time, not a year or a count.
    assert_eq!(tag("It began at 7:30 a.m. EDT (1130 UTC)."), vec![]);
    assert_eq!(tag("It docked at 1429 UTC."), vec![]);
    // Days, games, stages and rounds of a series are numbered.
    assert_eq!(tag("The Dodgers won in Game 7."), vec![]);
    assert_eq!(tag("Stop it on Day 3 of the trial."), vec![]);
    assert_eq!(tag("It was their Round 4 Rugby Union match."), vec![]);
    // An hour before "am" or "pm", spaced and without stops, is a time.
    assert_eq!(tag("The curfew lasts from 11 pm to 5 am."), vec![]);
    assert_eq!(tag("It opens at 9 PM sharp."), vec![]);
    assert_eq!(tag("It was at 0040 GMT on Friday."), vec![]);
    // Not a time of day, or no zone in capitals: a year.
    one(
        "In 1990 GMT was used.",
        "1990",
        Value::Exact(1990.0),
        QuantityKind::Year,
    );
    one(
        "By 2030 PT classes end.",
        "2030",
        Value::Exact(2030.0),
        QuantityKind::Year,
    );
}

#[test]
fn a_model_number_belongs_to_its_name() {
    // After the determiner or count of a noun phrase, a capital and a
    // number before a plain word name a model.
    assert_eq!(tag("A Cessna 172 aircraft crashed."), vec![]);
    assert_eq!(tag("It flew on a Falcon 9 rocket."), vec![]);
    // What is counted takes the model in.
    for (text, noun, unit) in [
        (
            "Norway buys five new Type 26 frigates.",
            "new Type 26 frigates",
            "frigate",
        ),
        ("It sent ten F-35 fighter jets.", "F-35 fighter jets", "jet"),
        ("Britain bought eight Boeing 737 jets.", "Boeing 737 jets", "jet"),
    ] {
        let q = quantities(text);
        assert_eq!(q.len(), 1, "{text:?}");
        assert_eq!(counted(text).as_deref(), Some(noun), "{text:?}");
        assert_eq!(q[0].unit.as_deref(), Some(unit), "{text:?}");
    }
    // A word that ends a counted noun, a unit or a year after the number:
    // an amount.
    assert_eq!(tag("It gave the Assembly 34 more days to vote.").len(), 1);
    assert_eq!(tag("The Kenya 5 km race.")[0].2, QuantityKind::Measure);
    assert_eq!(tag("The Paris 2024 organisers met.")[0].2, QuantityKind::Year);
}

#[test]
fn a_lone_one_counts_a_person_or_one_more_of_a_list() {
    let units = |text: &str| -> Vec<(String, Option<String>)> {
        quantities(text)
            .into_iter()
            .map(|q| (text[q.span.range()].to_string(), q.unit))
            .collect()
    };
    let of = |s: &str, u: &str| (s.to_string(), Some(u.to_string()));
    assert_eq!(units("One person was killed."), [of("One", "person")]);
    assert_eq!(
        units("Eight people died and one other was hurt."),
        [of("Eight", "person"), of("one", "person")]
    );
    assert_eq!(
        units("Four people are killed and one critically injured."),
        [of("Four", "person"), of("one", "person")]
    );
    assert_eq!(
        units("Seven soldiers died, one was wounded."),
        [of("Seven", "soldier"), of("one", "soldier")]
    );
    // A pronoun, not a count.
    assert_eq!(units("One of them said no one knew."), []);
    assert_eq!(units("He has one idea."), []);
    assert_eq!(units("It saw 5 films, one of the best."), [of("5", "film")]);
    // The adjective of a state ends what is counted.
    assert_eq!(counted("It left one person dead.").as_deref(), Some("person"));
    assert_eq!(
        counted("Two dead bodies were found.").as_deref(),
        Some("dead bodies")
    );
}

#[test]
fn halves_of_a_time_and_of_a_word_are_no_amounts() {
    assert_eq!(tag("In the first half of this year it rained."), vec![]);
    assert_eq!(tag("They scored in the second half."), vec![]);
    assert_eq!(tag("Flags flew at half-mast."), vec![]);
    assert_eq!(tag("His half-brother came."), vec![]);
    // A unit after the hyphen makes a duration; "half of" an amount.
    assert_eq!(tag("A half-hour show.")[0].2, QuantityKind::Duration);
    assert_eq!(tag("Half of the votes.")[0].1, Value::Exact(0.5));
    // Hyphenated, "and a half" adds up as spaced.
    one(
        "A peak of over three-and-a-half million.",
        "three-and-a-half million",
        Value::Exact(3_500_000.0),
        QuantityKind::Count,
    );
}

#[test]
fn a_period_in_a_name_is_no_rate() {
    let q = quantities("Six former Apple Daily executives were jailed.");
    assert_eq!(q[0].per, None);
    assert_eq!(
        counted("Six former Apple Daily executives were jailed.").as_deref(),
        Some("former Apple Daily executives")
    );
    assert_eq!(
        quantities("It kills 20 people daily.")[0].per,
        Some(Period::Day)
    );
    // Areas in the singular: "square km", "square meter".
    let q = quantities("It covers .0605 square km.");
    assert_eq!(
        (q[0].kind, q[0].unit.as_deref()),
        (QuantityKind::Measure, Some("km2"))
    );
}

#[test]
fn one_of_a_singular_ends_at_its_verb() {
    assert_eq!(
        counted("One person dies in the fire.").as_deref(),
        Some("person")
    );
    // After more than one, a singular may describe the plural.
    assert_eq!(
        counted("Three car crashes were reported.").as_deref(),
        Some("car crashes")
    );
    // The scales past a trillion.
    one(
        "It does one quintillion sums.",
        "one quintillion",
        Value::Exact(1e18),
        QuantityKind::Count,
    );
}

#[test]
fn between_takes_a_dash_as_well_as_and() {
    one(
        "Between 30-40 people were hurt.",
        "Between 30-40",
        Value::Range(30.0, 40.0),
        QuantityKind::Count,
    );
    one(
        "It costs between $250–275 billion.",
        "between $250–275 billion",
        Value::Range(250e9, 275e9),
        QuantityKind::Money,
    );
}

#[test]
fn a_hyphen_after_a_percent_sign_is_no_minus() {
    let p = QuantityKind::Percent;
    assert_eq!(
        tag("It grew in an 80%-20% N2-CO2 mix."),
        [
            ("80%".to_string(), Value::Exact(80.0), p),
            ("20%".to_string(), Value::Exact(20.0), p)
        ]
    );
}

#[test]
fn a_larger_number_before_to_compares_two() {
    assert_eq!(
        tag("Biden led Trump 47 percent to 40 percent."),
        vec![
            (
                "47 percent".to_string(),
                Value::Exact(47.0),
                QuantityKind::Percent
            ),
            (
                "40 percent".to_string(),
                Value::Exact(40.0),
                QuantityKind::Percent
            ),
        ]
    );
    // After "from" it is a change, two quantities (see
    // `a_change_from_one_amount_to_another_is_no_range`); below zero it
    // is colder.
    assert_eq!(
        tag("Support fell from 50% to 40%.")
            .into_iter()
            .map(|q| q.1)
            .collect::<Vec<_>>(),
        [Value::Exact(50.0), Value::Exact(40.0)]
    );
    assert_eq!(
        tag("Lows of -18 °C to -34 °C.")[0].1,
        Value::Range(-34.0, -18.0)
    );
}

#[test]
fn a_number_joined_to_a_noun_counts_it() {
    let unit = |text: &str| quantities(text)[0].unit.clone();
    let s = |u: &str| Some(u.to_string());
    assert_eq!(unit("A 17-story building fell."), s("story"));
    assert_eq!(unit("The four-term lawmaker resigned."), s("term"));
    assert_eq!(counted("A 12-page report."), s("page"));
    // Adjectives count nothing named; durations stay.
    assert_eq!(unit("A 100-strong crowd."), None);
    assert_eq!(unit("A three-dimensional model."), None);
    // The noun of such an adjective is not what others count.
    assert_eq!(
        quantities(
            "A nine-vehicle crash kills four and injures eight others."
        )
        .iter()
        .map(|q| q.unit.clone())
        .collect::<Vec<_>>(),
        [s("vehicle"), None, s("other")]
    );
    assert_eq!(
        quantities("A 24-hour strike.")[0].kind,
        QuantityKind::Duration
    );
}

#[test]
fn a_hyphen_joins_a_hedge_after_the_number() {
    use factmark_core::Bound;
    for (text, bound) in [
        ("Some 30-odd people came.", Bound::Approx),
        ("A 20-plus team.", Bound::LowerBound),
    ] {
        let q = &quantities(text)[0];
        let hedge = q.hedge.expect("a hedge");
        assert_eq!(hedge.bound, bound, "{text:?}");
        assert!(!text[hedge.span.range()].starts_with('-'), "{text:?}");
    }
}

#[test]
fn more_before_the_counted_noun() {
    assert_eq!(
        counted("Police found twelve more bodies."),
        Some("more bodies".to_string())
    );
    // A participle after "more" is no noun; a unit is read with the
    // number.
    assert_eq!(counted("Two are killed and 17 more injured."), None);
    assert_eq!(
        counted("Three more Israeli hostages are freed.").as_deref(),
        Some("more Israeli hostages")
    );
    let days = &quantities("It has 60 more days.")[0];
    assert_eq!(days.unit.as_deref(), Some("day"));
    assert_eq!(days.kind, QuantityKind::Duration);
    assert_eq!(days.value, Value::Exact(60.0));
}

#[test]
fn a_third_after_a_count_is_one_more() {
    assert_eq!(
        tag("Two women are killed and a third is injured."),
        [("Two".to_string(), Value::Exact(2.0), QuantityKind::Count)]
    );
    assert_eq!(tag("It killed two villagers, injuring a third.").len(), 1);
    assert_eq!(tag("A third-party candidate won."), vec![]);
    // Fractions stay fractions.
    assert_eq!(tag("Two firms cut costs by a third.").len(), 2);
    assert_eq!(tag("Two schools closed and a third of pupils left.").len(), 2);
}

#[test]
fn a_range_of_days_is_one_date() {
    for text in [
        "She polled 5% in the September 25–27 survey.",
        "Storms hit on March 13-16, 2025, across the state.",
        "The festival runs 25–27 September.",
    ] {
        let found = tag(text);
        assert!(
            found.iter().all(|q| q.2 != QuantityKind::Count),
            "{text}: {found:?}"
        );
        assert_eq!(
            found.iter().filter(|q| q.2 == QuantityKind::Date).count(),
            1,
            "{text}: {found:?}"
        );
    }
    // A score is no date.
    assert_eq!(tag("They lost 25-27 in May.")[0].2, QuantityKind::Count);
}

#[test]
fn hyphened_nouns_and_spelled_ordinals() {
    // The unit of a compound noun is the whole compound.
    let unit = |text: &str| quantities(text)[0].unit.clone();
    assert_eq!(unit("He met two co-workers.").as_deref(), Some("co-worker"));
    assert_eq!(
        unit("He has 2 half-brothers.").as_deref(),
        Some("half-brother")
    );
    // A fraction word that opens a compound is no fraction; a unit after
    // it is.
    assert_eq!(tag("A third-party candidate won."), vec![]);
    one(
        "It lasted a half-hour.",
        "a half-hour",
        Value::Exact(0.5),
        QuantityKind::Duration,
    );
    // A spelled ordinal is no amount; a spelled fraction is.
    assert_eq!(tag("The twenty-first century began."), vec![]);
    assert_eq!(tag("From the twenty-sixth dynasty on."), vec![]);
    one(
        "Three twenty-fifths of it.",
        "Three twenty-fifths",
        Value::Exact(0.12),
        QuantityKind::Count,
    );
}

#[test]
fn a_place_after_the_noun_is_no_word_of_it() {
    assert_eq!(
        counted("Settlers kill two Palestinians near Ramallah.").as_deref(),
        Some("Palestinians")
    );
    assert_eq!(
        counted("It killed one person near Milwaukee.").as_deref(),
        Some("person")
    );
    assert_eq!(
        quantities("About 46,000 schoolchildren stayed home.")[0]
            .unit
            .as_deref(),
        Some("schoolchild")
    );
}

#[test]
fn one_in_so_many_is_a_ratio_with_or_without_hyphens() {
    let c = QuantityKind::Count;
    one("One in five adults smoke.", "One in five", Value::Exact(0.2), c);
    one("A 1-in-10 chance.", "1-in-10", Value::Exact(0.1), c);
    one(
        "It has a three-in-five chance.",
        "three-in-five",
        Value::Exact(0.6),
        c,
    );
    // Not when the second number is joined to a unit.
    assert_eq!(
        tag("A 1-in-100-year flood.")
            .into_iter()
            .map(|(_, v, k)| (v, k))
            .collect::<Vec<_>>(),
        [
            (Value::Exact(1.0), c),
            (Value::Exact(100.0), QuantityKind::Duration)
        ]
    );
}

#[test]
fn a_word_in_ed_alone_is_counted_only_if_it_stands_for_people() {
    assert_eq!(
        counted("12 killed and 30 injured.").as_deref(),
        Some("killed")
    );
    assert_eq!(counted("Another five transited it today."), None);
    assert_eq!(counted("News 12 reported the fire."), None);
    // After a noun, the participle describes it.
    assert_eq!(
        counted("Three soldiers killed and wounded.").as_deref(),
        Some("soldiers killed and wounded")
    );
}

#[test]
fn and_inside_a_compound_noun_goes_on() {
    assert_eq!(
        counted("Five search and rescue teams came.").as_deref(),
        Some("search and rescue teams")
    );
    assert_eq!(
        counted("It fired 30 ballistic and cruise missiles.").as_deref(),
        Some("ballistic and cruise missiles")
    );
    // A singular in "-s" is no plural: the noun goes on.
    assert_eq!(
        counted("They found three oil and gas fields.").as_deref(),
        Some("oil and gas fields")
    );
    assert_eq!(
        counted("Two liquefied natural gas carriers sank.").as_deref(),
        Some("liquefied natural gas carriers")
    );
    // Not after a plural, nor into a verb or another figure.
    assert_eq!(counted("Two men and women came.").as_deref(), Some("men"));
    assert_eq!(
        counted("Killing 23 security personnel and injuring dozens.")
            .as_deref(),
        Some("security personnel")
    );
}

#[test]
fn worth_ends_what_is_counted() {
    assert_eq!(
        counted("They bought 65 aircraft worth US$38 billion.").as_deref(),
        Some("aircraft")
    );
    assert_eq!(
        tag("They bought 65 aircraft worth US$38 billion.")[1].0,
        "US$38 billion"
    );
}

#[test]
fn seconds_of_a_time_and_web_addresses_are_no_counts() {
    assert_eq!(tag("She set a record of 2:15:41 in London."), vec![]);
    assert_eq!(tag("It was reported by (24.kg) and others."), vec![]);
    assert_eq!(tag("It weighs 24 kg.")[0].0, "24 kg");
}
