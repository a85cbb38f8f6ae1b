//! Table-driven tests, one table per rule, with our own sentences.

use proptest::prelude::*;

use super::split_sentences;

fn split(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

/// Runs a table of (input, expected sentences).
fn check(cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        assert_eq!(split(text), *expected, "input: {text:?}");
    }
}

#[test]
fn plain_terminals() {
    check(&[
        (
            "The vote was close. The count took a week.",
            &["The vote was close.", "The count took a week."],
        ),
        ("Who won? Nobody knows.", &["Who won?", "Nobody knows."]),
        (
            "It passed! Crowds cheered.",
            &["It passed!", "Crowds cheered."],
        ),
        ("Really?! Yes.", &["Really?!", "Yes."]),
        ("Stop!! Now.", &["Stop!!", "Now."]),
        ("No terminal at the end", &["No terminal at the end"]),
        ("", &[]),
        ("   \n\n  ", &[]),
        ("  Padded sentence.  ", &["Padded sentence."]),
    ]);
}

#[test]
fn titles_never_end_a_sentence() {
    check(&[
        (
            "Alex. Brown and Sons led the offer.",
            &["Alex. Brown and Sons led the offer."],
        ),
        (
            "The plant in Ste. Therese closed.",
            &["The plant in Ste. Therese closed."],
        ),
        (
            "Mr. Ortiz met Mrs. Chen and Dr. Patel.",
            &["Mr. Ortiz met Mrs. Chen and Dr. Patel."],
        ),
        (
            "Prof. Lind, Gen. Moss and Sen. Ruiz spoke.",
            &["Prof. Lind, Gen. Moss and Sen. Ruiz spoke."],
        ),
        (
            "Rep. Holt and Gov. Baines met Lt. Col. Ames.",
            &["Rep. Holt and Gov. Baines met Lt. Col. Ames."],
        ),
        (
            "Ms. Ford arrived. Mr. Ford did not.",
            &["Ms. Ford arrived.", "Mr. Ford did not."],
        ),
        (
            "The deal went to <Mr. Coffee Inc>.",
            &["The deal went to <Mr. Coffee Inc>."],
        ),
    ]);
}

#[test]
fn ambiguous_abbreviations() {
    check(&[
        (
            "She works for the U.S. Treasury in Ohio.",
            &["She works for the U.S. Treasury in Ohio."],
        ),
        (
            "She has lived in the U.S. for a decade.",
            &["She has lived in the U.S. for a decade."],
        ),
        (
            "The fund moved to the U.S. It grew fast.",
            &["The fund moved to the U.S.", "It grew fast."],
        ),
        (
            "Talks with the U.K. and the E.U. resumed.",
            &["Talks with the U.K. and the E.U. resumed."],
        ),
        (
            "He joined the U.N. The post was new.",
            &["He joined the U.N.", "The post was new."],
        ),
        ("Shares of Acme Inc. rose.", &["Shares of Acme Inc. rose."]),
        (
            "The buyer was Acme Inc. The seller was Bolt Corp.",
            &["The buyer was Acme Inc.", "The seller was Bolt Corp."],
        ),
        (
            "Gray & Co. Ltd. signed the lease.",
            &["Gray & Co. Ltd. signed the lease."],
        ),
        (
            "Ann Lee Jr. spoke first. Then she left.",
            &["Ann Lee Jr. spoke first.", "Then she left."],
        ),
        (
            "The rally on Oak St. drew crowds.",
            &["The rally on Oak St. drew crowds."],
        ),
        (
            "St. Mary's school reopened.",
            &["St. Mary's school reopened."],
        ),
        (
            "Apples, pears, etc. were on sale. Prices fell.",
            &["Apples, pears, etc. were on sale.", "Prices fell."],
        ),
        (
            "They sold fruit, nuts, etc. The market closed.",
            &["They sold fruit, nuts, etc.", "The market closed."],
        ),
        (
            "It was Smith vs. Jones in the final.",
            &["It was Smith vs. Jones in the final."],
        ),
        (
            "Bring a coat, e.g. a parka, and boots.",
            &["Bring a coat, e.g. a parka, and boots."],
        ),
        ("Some, i.e. most, agreed.", &["Some, i.e. most, agreed."]),
        (
            "He was ranked No. 1 for years.",
            &["He was ranked No. 1 for years."],
        ),
        (
            "Asked again, he said no. The room went quiet.",
            &["Asked again, he said no.", "The room went quiet."],
        ),
    ]);
}

#[test]
fn dates_times_and_places() {
    check(&[
        (
            "The vote is on Nov. 12 in Reno.",
            &["The vote is on Nov. 12 in Reno."],
        ),
        (
            "Sales fell in Jan. and Feb. of this year.",
            &["Sales fell in Jan. and Feb. of this year."],
        ),
        (
            "The plan took effect in Sept. The board agreed.",
            &["The plan took effect in Sept.", "The board agreed."],
        ),
        (
            "Polls close on Tues. at noon.",
            &["Polls close on Tues. at noon."],
        ),
        (
            "She flew from Fresno, Calif. to Reno, Nev. last week.",
            &["She flew from Fresno, Calif. to Reno, Nev. last week."],
        ),
        (
            "He was born in Austin, Tex. He moved later.",
            &["He was born in Austin, Tex.", "He moved later."],
        ),
        (
            "We met at 9 a.m. and left at 5 p.m. on Friday.",
            &["We met at 9 a.m. and left at 5 p.m. on Friday."],
        ),
        (
            "The store closed at 8 p.m. The lights stayed on.",
            &["The store closed at 8 p.m.", "The lights stayed on."],
        ),
        (
            "By 7 a.m. Mr. Diaz was at work.",
            &["By 7 a.m. Mr. Diaz was at work."],
        ),
        (
            "Ill. and Mass. voted late. She fell ill. Then she recovered.",
            &[
                "Ill. and Mass. voted late.",
                "She fell ill.",
                "Then she recovered.",
            ],
        ),
    ]);
}

#[test]
fn initials() {
    check(&[
        (
            "J. R. R. Tolkien wrote it.",
            &["J. R. R. Tolkien wrote it."],
        ),
        ("George W. Bush spoke.", &["George W. Bush spoke."]),
        (
            "The memo was signed by Ann K. Moss on Monday.",
            &["The memo was signed by Ann K. Moss on Monday."],
        ),
        (
            "It was Plan B. The rest failed.",
            &["It was Plan B.", "The rest failed."],
        ),
        (
            "This is the end of World War I. It changed Europe.",
            &["This is the end of World War I.", "It changed Europe."],
        ),
        ("They called J. A. Ross.", &["They called J. A. Ross."]),
        // Joined initials and middle initials before a surname.
        (
            "\"It failed,\" said Rep. T.J. Harrow (D-Ore.) on Monday.",
            &["\"It failed,\" said Rep. T.J. Harrow (D-Ore.) on Monday."],
        ),
        (
            "Sen. R.K. Ostrander met B. Tovah Lind. They spoke.",
            &["Sen. R.K. Ostrander met B. Tovah Lind.", "They spoke."],
        ),
        (
            "Marisol E. Duarte Pena and Ivo P. Santos signed.",
            &["Marisol E. Duarte Pena and Ivo P. Santos signed."],
        ),
    ]);
}

#[test]
fn numbers_and_money() {
    check(&[
        (
            "Inflation rose 2.5 percent in May.",
            &["Inflation rose 2.5 percent in May."],
        ),
        (
            "The bill cost $1.2 billion. Critics balked.",
            &["The bill cost $1.2 billion.", "Critics balked."],
        ),
        (
            "Pi is about 3.14. Engineers round it.",
            &["Pi is about 3.14.", "Engineers round it."],
        ),
        ("Version 10.2.1 shipped.", &["Version 10.2.1 shipped."]),
        ("It costs £4.50 now.", &["It costs £4.50 now."]),
        (
            "The deficit grew in 1986. 1987 was worse.",
            &["The deficit grew in 1986.", "1987 was worse."],
        ),
        (
            "Turn to p. 42 for details.",
            &["Turn to p. 42 for details."],
        ),
    ]);
}

#[test]
fn ellipses() {
    check(&[
        (
            "I thought... well, never mind.",
            &["I thought... well, never mind."],
        ),
        ("He paused… then went on.", &["He paused… then went on."]),
        (
            "It ended there... The crowd left.",
            &["It ended there...", "The crowd left."],
        ),
        (
            "It ended there… The crowd left.",
            &["It ended there…", "The crowd left."],
        ),
        (
            "She waited.... Nobody came.",
            &["She waited....", "Nobody came."],
        ),
        (
            "The text [...] was cut [...] by editors.",
            &["The text [...] was cut [...] by editors."],
        ),
        ("He said it was . . . odd.", &["He said it was . . . odd."]),
        (
            "It was over . . . . Then rain came.",
            &["It was over . . . .", "Then rain came."],
        ),
    ]);
}

#[test]
fn quotes_end_sentences() {
    check(&[
        (
            "\"We will win.\" He left.",
            &["\"We will win.\"", "He left."],
        ),
        ("\"We will win,\" he said.", &["\"We will win,\" he said."]),
        (
            "\"Will we win?\" she asked.",
            &["\"Will we win?\" she asked."],
        ),
        (
            "\"Will we win?\" Ms. Okafor asked.",
            &["\"Will we win?\" Ms. Okafor asked."],
        ),
        (
            "\"Go now!\" Patel shouted, pointing.",
            &["\"Go now!\" Patel shouted, pointing."],
        ),
        (
            "\"Will we win?\" Nobody answered.",
            &["\"Will we win?\"", "Nobody answered."],
        ),
        (
            "“We are ready.” The minister smiled.",
            &["“We are ready.”", "The minister smiled."],
        ),
        (
            "‘It is over.’ Then silence.",
            &["‘It is over.’", "Then silence."],
        ),
        (
            "«C'est fini.» He shrugged.",
            &["«C'est fini.»", "He shrugged."],
        ),
        (
            "He said: \"It is done. We move on.\" Then he sat.",
            &["He said: \"It is done.", "We move on.\"", "Then he sat."],
        ),
        (
            "She called it \"a mess.\" Aides disagreed.",
            &["She called it \"a mess.\"", "Aides disagreed."],
        ),
        (
            "He said. \"Next,\" she said.",
            &["He said.", "\"Next,\" she said."],
        ),
        ("That was Lee Jr.'s idea.", &["That was Lee Jr.'s idea."]),
    ]);
}

#[test]
fn parentheses() {
    check(&[
        (
            "The firm (founded in 1990.) is small.",
            &["The firm (founded in 1990.) is small."],
        ),
        (
            "He won (narrowly.) The rival conceded.",
            &["He won (narrowly.)", "The rival conceded."],
        ),
        (
            "The bill passed (see page 4). Debate ended.",
            &["The bill passed (see page 4).", "Debate ended."],
        ),
    ]);
}

#[test]
fn party_and_state_tags_do_not_end_sentences() {
    check(&[
        (
            "Rep. Ana Ruiz (D-Ore.) said: \"The levy stays.\" The aides left.",
            &["Rep. Ana Ruiz (D-Ore.) said: \"The levy stays.\"", "The aides left."],
        ),
        (
            "Sen. Ivo Marsh (R-N.C.) — a budget hawk — voted no.",
            &["Sen. Ivo Marsh (R-N.C.) — a budget hawk — voted no."],
        ),
        (
            "It was backed by Sen. Ida Vane (I-Vt.) Monday and by Rep. Tom Hale (R-IN) Tuesday.",
            &["It was backed by Sen. Ida Vane (I-Vt.) Monday and by Rep. Tom Hale (R-IN) Tuesday."],
        ),
        // A period after the bracket still ends the sentence.
        (
            "The bill was backed by Rep. Ana Ruiz (D-Ore.). The House adjourned.",
            &["The bill was backed by Rep. Ana Ruiz (D-Ore.).", "The House adjourned."],
        ),
        // Other abbreviations in brackets keep their usual rule.
        (
            "He won (narrowly, in Ore.) The rival conceded.",
            &["He won (narrowly, in Ore.)", "The rival conceded."],
        ),
    ]);
}

#[test]
fn urls_and_emails() {
    check(&[
        (
            "Write to press.office@example.org. They reply fast.",
            &["Write to press.office@example.org.", "They reply fast."],
        ),
        (
            "See https://example.com/News.Story.html for more.",
            &["See https://example.com/News.Story.html for more."],
        ),
        (
            "Visit www.example.co.uk. It has maps.",
            &["Visit www.example.co.uk.", "It has maps."],
        ),
        (
            "Contact Ana.Ruiz@example.net today.",
            &["Contact Ana.Ruiz@example.net today."],
        ),
    ]);
}

#[test]
fn missing_space_after_period() {
    check(&[
        (
            "The vote ended.Results come later.",
            &["The vote ended.", "Results come later."],
        ),
        (
            "He holds a Ph.D. from Yale.",
            &["He holds a Ph.D. from Yale."],
        ),
        ("The U.S.-based firm grew.", &["The U.S.-based firm grew."]),
    ]);
}

#[test]
fn lists() {
    check(&[
        (
            "1. Cut taxes 2. Build roads 3. Hire nurses",
            &["1. Cut taxes", "2. Build roads", "3. Hire nurses"],
        ),
        (
            "1) Cut taxes. 2) Build roads.",
            &["1) Cut taxes.", "2) Build roads."],
        ),
        ("a. Red b. Blue", &["a. Red", "b. Blue"]),
        (
            "• Cheaper fuel • Faster trains",
            &["• Cheaper fuel", "• Faster trains"],
        ),
        (
            "The plan:\n- cut taxes\n- build roads",
            &["The plan:", "- cut taxes", "- build roads"],
        ),
        (
            "Goals:\n1. Cut taxes.\n2. Build roads.",
            &["Goals:", "1. Cut taxes.", "2. Build roads."],
        ),
        (
            "He listed 2 reasons. Both were weak.",
            &["He listed 2 reasons.", "Both were weak."],
        ),
        ("apples\npears\nplums\n", &["apples", "pears", "plums"]),
    ]);
}

#[test]
fn paragraphs_and_wrapping() {
    check(&[
        (
            "First paragraph without a stop\n\nSecond one.",
            &["First paragraph without a stop", "Second one."],
        ),
        (
            "A sentence that was\nwrapped by the wire.",
            &["A sentence that was\nwrapped by the wire."],
        ),
        (
            "The company said its quarterly profit\nrose sharply on higher sales of trucks.\n    It gave no forecast for the year.",
            &[
                "The company said its quarterly profit\nrose sharply on higher sales of trucks.",
                "It gave no forecast for the year.",
            ],
        ),
        (
            "Qtly div 10 cts vs 10 cts\n    Pay April 1\n    Record March 15",
            &[
                "Qtly div 10 cts vs 10 cts",
                "Pay April 1",
                "Record March 15",
            ],
        ),
        (
            "Crop      1986     1987\nWheat     2.10     2.40",
            &["Crop      1986     1987", "Wheat     2.10     2.40"],
        ),
        (
            "The headline\r\n\r\nThe body.",
            &["The headline", "The body."],
        ),
    ]);
}

#[test]
fn unicode_and_odd_input() {
    check(&[
        ("Ça va. Élise est là.", &["Ça va.", "Élise est là."]),
        (
            "Prices rose 5\u{a0}%. Wages did not.",
            &["Prices rose 5\u{a0}%.", "Wages did not."],
        ),
        ("...", &["..."]),
        (". . .", &[". . ."]),
        ("?", &["?"]),
        (
            "She works at Yahoo! in sales.",
            &["She works at Yahoo! in sales."],
        ),
    ]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn ranges_are_well_formed(text in "(?s).{0,200}") {
        assert_well_formed(&text);
    }

    #[test]
    fn ranges_are_well_formed_on_texty_input(
        text in proptest::collection::vec(
            prop_oneof![
                Just("."), Just("?"), Just("!"), Just("…"), Just(" "), Just("\n"), Just("\n\n"),
                Just("    "), Just("\""), Just("”"), Just("“"), Just("'"), Just("’"), Just("("),
                Just(")"), Just("["), Just("]"), Just("«"), Just("»"), Just("\u{a0}"), Just("•"),
                Just("Mr"), Just("U.S"), Just("a.m"), Just("J"), Just("The"), Just("he"),
                Just("said"), Just("1"), Just("2"), Just("3.5"), Just("a"), Just("b"), Just(")"),
                Just("-"), Just("www"), Just("@"), Just("/"), Just("é"), Just("\t"),
            ],
            0..60,
        ).prop_map(|v| v.concat())
    ) {
        assert_well_formed(&text);
    }
}

fn assert_well_formed(text: &str) {
    let ranges = split_sentences(text);
    let mut prev_end = 0;
    for r in &ranges {
        assert!(r.start < r.end, "empty range {r:?} in {text:?}");
        assert!(r.end <= text.len(), "out of bounds {r:?} in {text:?}");
        assert!(
            r.start >= prev_end,
            "overlap or disorder at {r:?} in {text:?}"
        );
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{r:?} in {text:?}"
        );
        let s = &text[r.clone()];
        assert_eq!(s, s.trim(), "untrimmed {r:?} in {text:?}");
        prev_end = r.end;
    }
    // Everything left out is whitespace: no text is lost.
    let mut covered = 0;
    for r in &ranges {
        assert!(
            text[covered..r.start].trim().is_empty(),
            "lost text before {r:?} in {text:?}"
        );
        covered = r.end;
    }
    assert!(
        text[covered..].trim().is_empty(),
        "lost text at the end of {text:?}"
    );
}
