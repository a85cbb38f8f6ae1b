//! Behaviour tests on invented sentences (never corpus text).

use super::*;
use proptest::prelude::*;

fn run(text: &str) -> Analysis {
    // Built once: the lexicons take a moment to build in a debug build.
    static ATTRIBUTOR: std::sync::OnceLock<Attributor> = std::sync::OnceLock::new();
    ATTRIBUTOR
        .get_or_init(|| Attributor::new(AttributionSettings::default()))
        .analyze(text)
}

/// (content, kind, speaker name) of every quote.
fn quotes(text: &str) -> Vec<(String, Kind, Option<String>)> {
    run(text)
        .quotes
        .iter()
        .map(|q| {
            (
                text[q.content.clone()].to_string(),
                q.kind,
                q.speaker.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect()
}

fn speaker_of(text: &str, needle: &str) -> Option<Speaker> {
    let a = run(text);
    a.quotes
        .iter()
        .find(|q| text[q.content.clone()].contains(needle))
        .and_then(|q| q.speaker.clone())
}

fn name_of(text: &str, needle: &str) -> Option<String> {
    speaker_of(text, needle).map(|s| s.name)
}

#[test]
fn quote_then_name_said() {
    let t = "\"The bridge will open in May,\" Vera Lindqvist said.";
    assert_eq!(
        quotes(t),
        vec![(
            "The bridge will open in May,".into(),
            Kind::Direct,
            Some("Vera Lindqvist".into())
        )]
    );
}

#[test]
fn quote_then_said_name() {
    let t = "“We expect rain,” said Tomas Berrow.";
    assert_eq!(name_of(t, "rain"), Some("Tomas Berrow".into()));
}

#[test]
fn name_said_colon_quote() {
    let t = "Tomas Berrow said: “We expect rain on Friday.”";
    assert_eq!(name_of(t, "rain"), Some("Tomas Berrow".into()));
}

#[test]
fn name_told_reporters_quote() {
    let t = "Vera Lindqvist told reporters \"the budget is balanced\" before leaving.";
    assert_eq!(name_of(t, "budget"), Some("Vera Lindqvist".into()));
}

#[test]
fn title_and_role_split() {
    let t = "“The talks are over,” Deputy Transport Minister Olek Varga said.";
    let s = speaker_of(t, "talks").expect("speaker");
    assert_eq!(s.name, "Olek Varga");
    assert_eq!(s.role.as_deref(), Some("Deputy Transport Minister"));
    assert!(!s.is_org);
}

#[test]
fn apposition_after_name() {
    let t = "“No comment,” Ida Marsh, a spokeswoman for the harbour board, said.";
    let s = speaker_of(t, "comment").expect("speaker");
    assert_eq!(s.name, "Ida Marsh");
    assert_eq!(s.role.as_deref(), Some("spokeswoman for the harbour board"));
}

#[test]
fn chained_apposition() {
    let t = "Ida Marsh, the director of Portvale, a town on the coast, said the ferry would run.";
    let q = run(t).quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Ida Marsh")
    );
}

#[test]
fn apposition_after_inverted_cue() {
    let t = "“It is settled,” said Ida Marsh, the head of the harbour board.";
    assert_eq!(name_of(t, "settled"), Some("Ida Marsh".into()));
}

#[test]
fn apposition_before_name() {
    let t = "The mayor's press secretary, Pavel Dunn, said: “The plan stands.”";
    let s = speaker_of(t, "plan stands").expect("speaker");
    assert_eq!(s.name, "Pavel Dunn");
    assert!(s.role.is_some());
}

#[test]
fn organisations_speak() {
    let t = "“The report is false,” the Kremlin said.";
    let s = speaker_of(t, "false").expect("speaker");
    assert_eq!(s.name, "Kremlin");
    assert!(s.is_org);
    let t = "“Roads are closed,” police said.";
    let s = speaker_of(t, "closed").expect("speaker");
    assert!(s.is_org);
    assert_eq!(s.name, "police");
    let t = "“We will appeal,” the Harbour Ministry said in a statement.";
    let s = speaker_of(t, "appeal").expect("speaker");
    assert_eq!(s.name, "Harbour Ministry");
}

#[test]
fn according_to() {
    let t = "The vote was delayed by a week, according to Nadia Obert.";
    let q = run(t).quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, Kind::Reported);
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Nadia Obert")
    );
    assert_eq!(&t[q[0].content.clone()], "The vote was delayed by a week");
}

#[test]
fn reported_speech_said_that() {
    let t = "Nadia Obert said that the vote would be delayed by a week.";
    let q = run(t).quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, Kind::Reported);
    assert_eq!(
        &t[q[0].content.clone()],
        "the vote would be delayed by a week"
    );
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Nadia Obert")
    );
}

#[test]
fn reported_speech_told_reporters() {
    let t = "Nadia Obert told reporters the vote would be delayed.";
    let q = run(t).quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(&t[q[0].content.clone()], "the vote would be delayed");
}

// --- PolNeAR branch (issue #3): general rules, each with an invented article. ---

#[test]
fn according_to_a_document_names_its_author() {
    let t = "The harbour levy has raised 2 million crowns, according to a count by the Portvale Gazette.";
    assert_eq!(name_of(t, "levy"), Some("Portvale Gazette".into()));
    let t = "Most fishermen back the levy, according to a 2025 Drem Institute survey.";
    assert_eq!(name_of(t, "fishermen"), Some("Drem Institute".into()));
    // The people polled are not the source, nor is a month.
    let t = "According to a recent poll of Drem voters, the levy is popular.";
    assert_eq!(name_of(t, "levy"), None);
    let t = "Most fishermen back the levy, according to a February survey.";
    assert_eq!(name_of(t, "fishermen"), None);
}

#[test]
fn long_prepositional_tail_after_a_trailing_cue() {
    let t = "The harbour will need dredging every spring, Ann Moy said during her speech to the council on Monday.";
    let q = run(t).quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(
        &t[q[0].content.clone()],
        "The harbour will need dredging every spring"
    );
}

#[test]
fn party_tag_in_parentheses_around_a_quotation_cue() {
    let t = "\"The levy is fair,\" Rep. Ann Moy (D-Ore.) said.";
    assert_eq!(name_of(t, "levy"), Some("Ann Moy".into()));
    let t = "\"The levy is fair,\" said Rep. Ann Moy (D-Ore.).";
    assert_eq!(name_of(t, "levy"), Some("Ann Moy".into()));
}

#[test]
fn lower_case_role_words_before_a_name_after_an_inverted_cue() {
    let t = "\"The pier will hold,\" said Portvale ally Ida Marsh.";
    let s = speaker_of(t, "pier").expect("speaker");
    assert_eq!(s.name, "Ida Marsh");
    assert_eq!(s.role.as_deref(), Some("Portvale ally"));
    let t = "\"The pier will hold,\" said Drem salt-marsh warden Olek Varga, who built it.";
    assert_eq!(name_of(t, "pier"), Some("Olek Varga".into()));
    // A place after the name is no role.
    assert_eq!(
        name_of("\"We lost,\" said Ida Marsh in Drem.", "lost"),
        Some("Ida Marsh".into())
    );
}

#[test]
fn the_object_of_of_is_not_the_speaker() {
    let t = "Aris Dole of the Cathedral Chapter of Drem said the bells would ring again.";
    assert_eq!(name_of(t, "bells"), Some("Aris Dole".into()));
    let t = "The Portvale Chamber of Commerce has announced that the market will move.";
    let s = name_of(t, "market").expect("a speaker");
    assert_ne!(s, "Commerce");
}

#[test]
fn the_listener_is_not_reported_content() {
    for t in [
        "Ann Moy told the harbour board the channel was silting up.",
        "Ann Moy told Portvale Radio the channel was silting up.",
    ] {
        let q = run(t).quotes;
        assert_eq!(q.len(), 1, "{t}");
        assert_eq!(
            &t[q[0].content.clone()],
            "the channel was silting up",
            "{t}"
        );
    }
}

#[test]
fn subject_then_verb_before_a_colon_quote() {
    let t = "Olek Varga spoke last.\n\nHe then added a remark that drew laughter: \"I was on time for once.\"";
    assert_eq!(name_of(t, "on time"), Some("Olek Varga".into()));
}

#[test]
fn speech_verbs_with_a_non_speech_object_report_nothing() {
    for t in [
        "Most Northern states will vote in March.",
        "Ann Moy responded by closing the pier.",
        "Ann Moy posted a clear win in the harbour vote.",
        "Ann Moy maintains a comfortable lead in the polls.",
        "Ann Moy won the vote, adding to her lead on the council.",
    ] {
        assert!(run(t).quotes.is_empty(), "{t}: {:?}", quotes(t));
    }
    // The same verbs with reported content.
    let t = "Ann Moy claimed the harbour vote was rigged.";
    assert_eq!(name_of(t, "rigged"), Some("Ann Moy".into()));
}

#[test]
fn coordinated_reported_verb_takes_the_first_subject() {
    let t = "Ida Marsh, a retired pilot, became a delegate last spring and said she would back the levy.";
    let q = run(t).quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Ida Marsh")
    );
    assert_eq!(&t[q[0].content.clone()], "she would back the levy");
}

#[test]
fn participle_cue_takes_the_clause_subject() {
    // Past a connector and an adverb ...
    let t = "The board met at noon. And then Ida Marsh went on the attack, saying, \"Who signed this lease?\"";
    assert_eq!(name_of(t, "lease"), Some("Ida Marsh".into()));
    // ... past an apposition ...
    let t = "Olek Varga, the harbour master, repeated his warning, calling the pier \"a disaster waiting to happen\" in a storm.";
    assert_eq!(name_of(t, "disaster"), Some("Olek Varga".into()));
    // ... and in reported speech, without taking the clause for an apposition.
    let t = "Olek Varga, the harbour master, issued a statement, saying the pier would stay shut.";
    let q = run(t).quotes;
    assert_eq!(q.len(), 1);
    let s = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(s.name, "Olek Varga");
    assert_eq!(&t[q[0].content.clone()], "the pier would stay shut");
}

#[test]
fn description_before_the_name_after_a_quotation() {
    let t = "\"The tide tables are wrong,\" Portvale Marine harbour pilot Ida Marsh said.";
    assert_eq!(name_of(t, "tide tables"), Some("Ida Marsh".into()));
    let t = "\"Nobody reads the notices,\" the Gazette's Ida Marsh wrote.";
    assert_eq!(name_of(t, "notices"), Some("Ida Marsh".into()));
    // A preposition in between is not a description.
    assert_eq!(name_of("\"We won,\" in Drem Ida Marsh said.", "won"), None);
}

#[test]
fn author_completes_the_quoted_sentence_before_the_cue() {
    let t =
        "\"I thank every volunteer who knocked on doors\" in the snow, Ida Marsh said on Monday.";
    assert_eq!(name_of(t, "volunteer"), Some("Ida Marsh".into()));
}

#[test]
fn reported_content_before_an_inverted_or_trailing_cue() {
    let t = "The ferry service will not resume before spring, said Olek Varga, director of the harbour board.";
    let q = quotes(t);
    assert_eq!(
        q,
        vec![(
            "The ferry service will not resume before spring".into(),
            Kind::Reported,
            Some("Olek Varga".into())
        )]
    );
    let t = "Two crew members were rescued from the water, harbour spokesman Olek Varga said on Thursday.";
    assert_eq!(name_of(t, "crew members"), Some("Olek Varga".into()));
    // An aside: the content is the clause before it, not the conjunction after it.
    let t = "Wait for the tide, Olek Varga said, and the channel clears by itself.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "Wait for the tide");
    // An introduction and an adverbial are not reported speech.
    assert!(run("On Thursday, Olek Varga said in an interview.")
        .quotes
        .is_empty());
}

#[test]
fn speech_word_after_a_determiner_is_a_noun() {
    // "email" is a cue verb, but not in "in an email": the cue is "wrote".
    let t = "Ida Marsh, a harbour pilot, wrote in an email: \"The channel is silting up.\"";
    assert_eq!(name_of(t, "silting"), Some("Ida Marsh".into()));
}

#[test]
fn party_tags_and_parentheses_between_name_and_verb() {
    let t = "Sen. Ann Moy (D-Ore.) said that the dam would be rebuilt.";
    assert_eq!(name_of(t, "dam"), Some("Ann Moy".into()));
    let t = "Rep. Olek Varga, R-Pa., said the levy was unfair.";
    assert_eq!(name_of(t, "levy"), Some("Olek Varga".into()));
}

#[test]
fn several_appositions_between_name_and_verb() {
    let t = "Ann Moy, 61, a farmer from Drem, said the harvest was late this year.";
    assert_eq!(name_of(t, "harvest"), Some("Ann Moy".into()));
    let t = "In Drem, Ann Moy, a Lowfield, Ore., farmer who grows barley, said the rain came late.";
    assert_eq!(name_of(t, "rain"), Some("Ann Moy".into()));
    // A place inside the apposition is never the speaker; a list is no apposition.
    let t = "After meeting Ann Moy, Olek Varga and Ida Marsh, the mayor said the deal was off.";
    assert_eq!(name_of(t, "deal"), None);
}

#[test]
fn partial_quote_inside_reported_clause_keeps_the_clause() {
    let t = "Vera Lindqvist said the harbour plan was \"dead in the water\" after the vote.";
    let q = quotes(t);
    assert!(q.contains(&(
        "dead in the water".into(),
        Kind::Partial,
        Some("Vera Lindqvist".into())
    )));
    assert!(q.contains(&(
        "the harbour plan was \"dead in the water\" after the vote".into(),
        Kind::Reported,
        Some("Vera Lindqvist".into())
    )));
    // A direct quotation spends its cue: no reported clause besides it.
    let t = "Vera Lindqvist said: \"The harbour plan is dead.\"";
    assert_eq!(quotes(t).len(), 1);
}

#[test]
fn doubled_apostrophes_are_double_quotes() {
    let t =
        "''We will rebuild the pier by spring,'' Mayor Oda Fenn said. ''Then the ferries return.''";
    let q = quotes(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "We will rebuild the pier by spring,");
    assert_eq!(q[0].1, Kind::Direct);
    assert_eq!(q[0].2.as_deref(), Some("Oda Fenn"));
    assert_eq!(q[1].0, "Then the ferries return.");
    assert_eq!(q[1].2.as_deref(), Some("Oda Fenn"));
    // Inches and a nested single quotation are not double marks.
    assert!(run("The new goalkeeper is 6'4'' tall and from Drem.")
        .quotes
        .is_empty());
    let t = "``The 'old road' is closed,'' said Oda Fenn.";
    assert_eq!(name_of(t, "old road"), Some("Oda Fenn".into()));
}

#[test]
fn surname_resolves_to_full_name() {
    let t = "Vera Lindqvist opened the bridge on Monday.\n\n“It took ten years,” Lindqvist said.";
    assert_eq!(name_of(t, "ten years"), Some("Vera Lindqvist".into()));
    let t = "Vera Lindqvist opened the bridge.\n\n“It took ten years,” Ms. Lindqvist said.";
    assert_eq!(name_of(t, "ten years"), Some("Vera Lindqvist".into()));
}

#[test]
fn pronoun_resolves_to_recent_speaker() {
    let t = "“We are ready,” said Tomas Berrow.\n\n“The crews start tomorrow,” he added.";
    assert_eq!(name_of(t, "crews"), Some("Tomas Berrow".into()));
}

#[test]
fn pronoun_gender_picks_compatible_person() {
    let t = "Tomas Berrow met Mary Quill at the depot.\n\n“It went well,” she said.";
    assert_eq!(name_of(t, "went well"), Some("Mary Quill".into()));
}

#[test]
fn ambiguous_pronoun_has_no_speaker() {
    let t = "Peter Berrow met Paul Quill at the depot. “It went well,” he said.";
    assert_eq!(name_of(t, "went well"), None);
}

#[test]
fn description_resolves_to_role_holder() {
    let t = "Finance Minister Olek Varga spoke first.\n\n“Taxes stay,” the minister said.";
    assert_eq!(name_of(t, "Taxes"), Some("Olek Varga".into()));
}

#[test]
fn multi_paragraph_quote() {
    let t = "“The first part runs on.\n\n“The second part ends here,” said Tomas Berrow.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 2);
    for q in &a.quotes {
        assert_eq!(q.kind, Kind::Direct);
        assert_eq!(
            q.speaker.as_ref().map(|s| s.name.as_str()),
            Some("Tomas Berrow")
        );
    }
}

#[test]
fn continuation_paragraph_keeps_speaker() {
    let t = "“We are ready,” said Tomas Berrow.\n\n“The crews start tomorrow.”";
    assert_eq!(name_of(t, "crews"), Some("Tomas Berrow".into()));
}

#[test]
fn apostrophes_are_not_quotes() {
    let t = "The protesters' demands recalled the '90s and rock 'n' roll at Brandt's bar.";
    assert!(run(t).quotes.is_empty());
}

#[test]
fn scare_quotes_are_not_speech() {
    let t = "The so-called 'new reality' has arrived in town.";
    assert!(run(t).quotes.is_empty());
}

#[test]
fn partial_quote_with_cue() {
    let t = "Vera Lindqvist accused them of 'ignoring attempts' to talk.";
    let q = quotes(t);
    assert!(q.contains(&(
        "ignoring attempts".into(),
        Kind::Partial,
        Some("Vera Lindqvist".into())
    )));
    // The accusation's object, which holds the quotation, is reported speech as well.
    assert_eq!(
        reported_items(t),
        vec![(
            "them of 'ignoring attempts' to talk".into(),
            Some("Vera Lindqvist".into())
        )]
    );
}

#[test]
fn partial_quote_under_a_verb_reports_its_clause() {
    // The verb reports the whole clause, not only the words in quotation marks.
    let t = "Mayor Ilse Brandt questioned the harbour board's “rosy numbers” and its plan for the dredging.";
    let q = quotes(t);
    assert!(q.contains(&(
        "the harbour board's “rosy numbers” and its plan for the dredging".into(),
        Kind::Reported,
        Some("Ilse Brandt".into())
    )));
    assert!(q.contains(&(
        "rosy numbers".into(),
        Kind::Partial,
        Some("Ilse Brandt".into())
    )));
    // Not for a group's word in a relative clause: the clause after it is the author's.
    let t = "Staff had joined in what several councillors called “fraud” and led Ona Tesk to act.";
    assert!(quotes(t).iter().all(|(_, k, _)| *k != Kind::Reported));
}

#[test]
fn passive_speech_verb_is_not_a_cue() {
    // The letter was mocked; Tull, inside its subject, said nothing.
    let t = "The letter on Tull was widely mocked for its prediction that Tull would be “the healthiest mayor in the county.”";
    assert_eq!(name_of(t, "healthiest"), None);
}

#[test]
fn adverbials_between_subject_and_verb() {
    for t in [
        "Jonas Vell recently urged voters to back the levy, saying, “There is no second chance.”",
        "Jonas Vell on Saturday criticized the levy, saying the plan is “nowhere near enough.”",
        "Jonas Vell last week threw his support behind Ona Tesk, saying it is time for “a builder.”",
    ] {
        let quoted = t.split('“').nth(1).unwrap_or_default();
        let needle = quoted.split_whitespace().next().unwrap_or_default();
        assert_eq!(name_of(t, needle), Some("Jonas Vell".into()), "{t}");
    }
}

#[test]
fn nested_quotes() {
    let t = "“She told me ‘never again’ and left,” Tomas Berrow said.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "She told me ‘never again’ and left,");
    assert_eq!(q[0].2.as_deref(), Some("Tomas Berrow"));
}

#[test]
fn extra_speech_verbs_from_settings() {
    let t = "“Nonsense,” Tomas Berrow harrumphed.";
    assert_eq!(name_of(t, "Nonsense"), None);
    let a = Attributor::new(AttributionSettings {
        extra_speech_verbs: vec!["harrumph".into()],
    });
    let q = a.analyze(t).quotes;
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Tomas Berrow")
    );
}

#[test]
fn per_sentence_matches_sentences() {
    let t = "Intro line.\n\n“We are ready,” said Tomas Berrow.\n\nNothing here.";
    let a = run(t);
    assert_eq!(a.per_sentence.len(), a.sentences.len());
    let quoted: Vec<_> = a
        .per_sentence
        .iter()
        .filter(|p| p.kind == Kind::Direct)
        .collect();
    assert_eq!(quoted.len(), 1);
    assert_eq!(
        quoted[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Tomas Berrow")
    );
    assert!(quoted[0].confidence > 0.5);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn analyze_never_panics_and_ranges_are_sound(
        text in "([A-Za-z]{1,8}|[ \n]|[\"'“”‘’«».,:;!?—]|Mr\\. |said |he |\n\n){0,80}"
    ) {
        let a = run(&text);
        prop_assert_eq!(a.per_sentence.len(), a.sentences.len());
        for r in &a.sentences {
            prop_assert!(r.start <= r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
        for q in &a.quotes {
            for r in [Some(&q.content), q.cue.as_ref(), q.source_span.as_ref()].into_iter().flatten() {
                prop_assert!(r.start <= r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
            prop_assert!((0.0..=1.0).contains(&q.confidence));
        }
        for (s, p) in a.sentences.iter().zip(&a.per_sentence) {
            if let Some(r) = &p.quote {
                prop_assert!(s.start <= r.start && r.end <= s.end);
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }

    #[test]
    fn analyze_never_panics_on_any_unicode(text in "\\PC{0,200}") {
        let a = run(&text);
        prop_assert_eq!(a.per_sentence.len(), a.sentences.len());
    }
}

#[test]
fn initials_stay_in_the_name() {
    let text = "The authority's chief engineer, A. J. Penrose, said the work was done. \"We finished on time,\" Penrose said.";
    let a = Attributor::default().analyze(text);
    let names: Vec<String> = a
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect();
    assert!(!names.is_empty());
    assert!(names.iter().all(|n| n == "A. J. Penrose"), "{names:?}");
}

#[test]
fn he_said_prefers_the_known_speaker_over_a_place_name() {
    let text = "\"We will talk,\" said Mr. Tamarov.\n\nHe was blunt about what Kestria wants. \"First the people,\" he said.";
    let a = Attributor::default().analyze(text);
    let speakers: Vec<Option<String>> = a
        .quotes
        .iter()
        .filter(|q| q.kind == Kind::Direct)
        .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect();
    assert_eq!(speakers, vec![Some("Tamarov".to_string()); 2]);
}

#[test]
fn national_in_an_organisation_name_is_not_a_role() {
    let text = "The convoy was \"orderly and complete\", according to the National Relief Corps.";
    let a = Attributor::default().analyze(text);
    let s = a
        .quotes
        .iter()
        .find_map(|q| q.speaker.clone())
        .expect("a speaker");
    assert_eq!(s.name, "National Relief Corps");
    assert!(s.is_org);
    assert_eq!(s.role, None);
}

#[test]
fn description_with_team_modifier_is_the_person_named_in_the_paragraph() {
    let t = "Portvale Rovers lost again on Saturday.\n\n\
             Thomas Pell left the ground without a word to anyone. \"I have nothing to add,\" \
             the Rovers manager said later.";
    assert_eq!(name_of(t, "nothing to add"), Some("Thomas Pell".into()));
}

#[test]
fn description_is_not_a_person_who_met_someone_with_that_role() {
    let t =
        "Ansgar Pell met the president on Monday. \"We agreed on nothing,\" the president said.";
    assert_ne!(name_of(t, "agreed on nothing"), Some("Ansgar Pell".into()));
}

#[test]
fn club_description_resolves_to_a_club_name() {
    let t = "Dunmore United confirmed the signing on Friday.\n\n\
             \"He is exactly the player we wanted,\" the club said in a statement.";
    assert_eq!(
        name_of(t, "exactly the player"),
        Some("Dunmore United".into())
    );
}

#[test]
fn organisation_mentioned_only_in_a_possessive_resolves_a_description() {
    let t = "Elin Marsh, the Harbour Council's planning chief, presented the scheme.\n\n\
             The council said the work would be \"finished within a year\".";
    assert_eq!(
        name_of(t, "finished within"),
        Some("Harbour Council".into())
    );
}

#[test]
fn one_word_short_form_of_a_company_is_the_company() {
    let t = "Regulators fined Quillon Systems on Tuesday.\n\n\
             Quillon said the fine was \"disproportionate and unjust\".";
    assert_eq!(
        name_of(t, "disproportionate"),
        Some("Quillon Systems".into())
    );
}

#[test]
fn pronoun_prefers_paragraph_subject_with_a_role_over_the_previous_speaker() {
    let t = "Coach Bram Oster watched from the stand. \"We were slow,\" Oster said.\n\n\
             Captain Teodor Vance disagreed with him. \"We were tired, not slow,\" he said.";
    assert_eq!(name_of(t, "not slow"), Some("Teodor Vance".into()));
}

#[test]
fn places_are_not_antecedents_of_pronouns() {
    let t = "Marit Solberg, the mayor, toured Lindholm on Tuesday.\n\n\
             The water reached the square in Lindholm overnight. \"We will rebuild,\" she said.";
    assert_eq!(name_of(t, "rebuild"), Some("Marit Solberg".into()));
}

#[test]
fn a_resolved_pronoun_teaches_the_entity_its_gender() {
    let t = "Commissioner Ilse Varga said the firm had failed. She said Norcast Ferries had \
             waited. \"Nine days is too long,\" she added.";
    assert_eq!(name_of(t, "Nine days"), Some("Ilse Varga".into()));
}

#[test]
fn coordinated_speech_verb_shares_the_subject() {
    let t = "Ada Brennick, the envoy, said she hoped for a deal \"within a week\", but warned \
             that \"the final stretch is always the hardest\".";
    assert_eq!(name_of(t, "final stretch"), Some("Ada Brennick".into()));
}

#[test]
fn apposition_naming_the_owner_of_the_role() {
    let t = "Ilse Varga, Norland's deputy finance minister, said the budget was \
             \"balanced at last\".";
    assert_eq!(name_of(t, "balanced at last"), Some("Ilse Varga".into()));
}

#[test]
fn description_with_possessive_owner_before_an_apposed_name() {
    let t = "\"Both sides have come to work,\" the council's special envoy, Ada Brennick, told \
             reporters.";
    assert_eq!(name_of(t, "come to work"), Some("Ada Brennick".into()));
}

#[test]
fn description_needs_a_known_person_not_an_agency_in_a_dateline() {
    let t = "HARBURY, May 2 (Coastline Wire) - The head of the port union said the strike \
             would go on \"as long as it takes\".";
    assert_eq!(name_of(t, "as long as it takes"), None);
}

#[test]
fn quote_inside_reported_content_takes_its_cue() {
    let t = "The Weather Office said 90 millimetres of rain had fallen overnight, \"more than \
             the whole of last month\".";
    assert_eq!(
        name_of(t, "whole of last month"),
        Some("Weather Office".into())
    );
}

#[test]
fn second_partial_quote_of_a_sentence_shares_the_cue() {
    let t = "The Interior Ministry said the meeting had been \"useful\" and that it was \
             \"ready to continue\".";
    assert_eq!(
        name_of(t, "ready to continue"),
        Some("Interior Ministry".into())
    );
}

#[test]
fn organisation_named_with_of() {
    let t = "The Bank of Norland raised rates on Thursday and said inflation was \"not yet \
             beaten\".";
    let s = speaker_of(t, "not yet beaten");
    assert_eq!(s.as_ref().map(|s| s.name.as_str()), Some("Bank of Norland"));
}

#[test]
fn it_said_is_the_organisation_that_spoke_last() {
    let t = "The Statistics Office said prices fell in May. It described the fall as \
             \"broad but shallow\".";
    assert_eq!(
        name_of(t, "broad but shallow"),
        Some("Statistics Office".into())
    );
}

#[test]
fn determiner_makes_a_verb_form_a_noun() {
    let t = "The council described the text as \"a fair compromise for everyone\".";
    assert!(name_of(t, "fair compromise").is_some());
}

#[test]
fn role_before_of_is_the_speaker_not_the_organisation() {
    let t = "The leader of the Farmers Union accused ministers of \"abandoning the valley\".";
    assert_ne!(
        name_of(t, "abandoning the valley"),
        Some("Farmers Union".into())
    );
}

#[test]
fn group_nouns_are_not_he_or_she() {
    let t = "Marta Lind chairs the inquiry. Critics say she moves too slowly. \"We will take \
             the time we need,\" she said.";
    assert_eq!(name_of(t, "time we need"), Some("Marta Lind".into()));
}

#[test]
fn single_quoted_quotation_over_two_paragraphs() {
    let t = "Asked about the worst day, Marta Lind did not hesitate.\n\n\
             ‘The first night. We had been told the deal was done.\n\n\
             ‘I am not used to that,’ she said.";
    let a = run(t);
    let spans: Vec<&str> = a.quotes.iter().map(|q| &t[q.content.clone()]).collect();
    assert!(
        spans.iter().any(|s| s.starts_with("The first night")),
        "{spans:?}"
    );
    assert_eq!(name_of(t, "The first night"), Some("Marta Lind".into()));
}

#[test]
fn quotation_paragraph_after_a_narrative_paragraph_about_a_person() {
    let t = "Marta Lind chairs the inquiry.\n\n\
             Asked about the worst day so far, she did not hesitate.\n\n\
             “The day the report leaked. Nobody had read it but us.”";
    assert_eq!(name_of(t, "report leaked"), Some("Marta Lind".into()));
}

#[test]
fn quotation_paragraph_with_its_own_non_speech_words_is_not_the_previous_subject() {
    let t = "Tomas Ruck arrived at the court on Monday.\n\n\
             “Justice for the valley,” read a banner outside.";
    assert_ne!(name_of(t, "Justice for"), Some("Tomas Ruck".into()));
}

#[test]
fn pronoun_after_an_unnamed_person_is_not_the_previous_speaker() {
    let t = "Mayor Jonas Brandt said the deal was \"a fair one for the harbour\".\n\n\
             Not everyone agreed. Outside the hall, one crane driver shrugged. He called it \
             ‘better than nothing at all’ and went home.";
    assert_eq!(name_of(t, "better than nothing"), None);
}

#[test]
fn capitalised_dateline_place_is_not_a_person() {
    let t = "BRAMPORT, N.Y. - Marta Lind opened her campaign on Monday.\n\n\
             BRAMPORT was quiet. \"We start today,\" she said.";
    assert_eq!(name_of(t, "We start today"), Some("Marta Lind".into()));
}

#[test]
fn later_quote_after_a_new_clause_subject_does_not_share_the_cue() {
    let t = "Ms Vos turned to her husband. \"Are you awake?\" she said, but Oskar was dozing, \
             and as Brandt went on about \"the rigged system\" the crowd cheered.";
    assert_eq!(name_of(t, "Are you awake"), Some("Vos".into()));
    assert_ne!(name_of(t, "rigged system"), Some("Vos".into()));
}

#[test]
fn lone_title_without_determiner_is_an_adjective_not_a_speaker() {
    let t = "Tomas Berg, the party's Republican director, spoke first.\n\n\
             The site rated 30% of Republican claims as \"false\" last year.";
    assert_eq!(name_of(t, "false"), None);
}

#[test]
fn she_far_from_her_name_is_the_only_woman_in_the_article() {
    let t = "Ms Lind spent twenty years as a judge.\n\n\
             Colleagues describe her as patient.\n\n\
             Tomas Berg, her rival, called her slow.\n\n\
             \"Judges are meant to be slow,\" she says.";
    assert_eq!(name_of(t, "meant to be slow"), Some("Lind".into()));
}

#[test]
fn coordinated_subject_across_a_dateline_and_decimals() {
    let t = "BRAMPORT, Oct. 23 (Coastline Wire) - The Bank of Norland raised its rate by 0.25 \
             points to 4.5 percent on Thursday, its first rise since March, and said inflation \
             was \"not yet beaten\".";
    assert_eq!(name_of(t, "not yet beaten"), Some("Bank of Norland".into()));
}

#[test]
fn a_sentence_keeps_every_quotation_of_its_speaker() {
    let t = "The Interior Ministry said the meeting had been \"useful\" and that it was \
             \"ready to continue\".";
    let a = run(t);
    let s = &a.per_sentence[0];
    let mut all: Vec<&str> = s.quote.iter().map(|r| &t[r.clone()]).collect();
    all.extend(s.more_quotes.iter().map(|r| &t[r.clone()]));
    all.sort();
    assert_eq!(all, vec!["ready to continue", "useful"]);
}

#[test]
fn sentence_initial_adverbs_and_plural_groups_are_not_people() {
    let t = "Marta Lind spoke to the marchers.\n\nOnce the rally ended, Demonstrators left the \
             square. \"We will be back,\" she said.";
    assert_eq!(name_of(t, "We will be back"), Some("Marta Lind".into()));
}

#[test]
fn naming_verb_with_determiner_outside_the_marks_is_a_term() {
    let t = "Traders call it the ‘peace dividend’. Brandt called the plan ‘a disgrace’.";
    let a = run(t);
    let spans: Vec<&str> = a.quotes.iter().map(|q| &t[q.content.clone()]).collect();
    assert!(!spans.contains(&"peace dividend"), "{spans:?}");
    assert_eq!(name_of(t, "a disgrace"), Some("Brandt".into()));
}

#[test]
fn pieces_cut_long_texts_at_paragraph_breaks_and_cover_everything() {
    assert_eq!(pieces("short text", 100), vec![(0, "short text")]);
    let para = "One sentence here. Another one follows.\n\n";
    let text = para.repeat(50);
    let p = pieces(&text, 200);
    assert!(p.len() > 5, "{}", p.len());
    let mut rebuilt = String::new();
    for (off, piece) in &p {
        assert_eq!(*off, rebuilt.len());
        assert!(piece.len() <= 200);
        rebuilt.push_str(piece);
    }
    assert_eq!(rebuilt, text);
    // Every cut but the last falls right after a blank line.
    assert!(p[..p.len() - 1].iter().all(|(_, s)| s.ends_with("\n\n")));
    // A giant paragraph without breaks is still cut, at spaces, on char boundaries.
    let blob = "é word ".repeat(100);
    let q = pieces(&blob, 64);
    assert_eq!(q.iter().map(|(_, s)| *s).collect::<String>(), blob);
}

#[test]
fn title_word_after_an_honorific_is_a_surname() {
    let t = "Alma King runs the ferry line.\n\n\"We sail at dawn,\" Ms. King added.";
    assert_eq!(name_of(t, "dawn"), Some("Alma King".into()));
    // Without the honorific a lone title is still no speaker.
    let t = "\"We sail at dawn,\" King said.";
    assert_ne!(name_of(t, "dawn"), Some("King".into()));
}

#[test]
fn party_tag_before_an_apposition() {
    let t = "\"We have no plan,\" Dana Ortiz (R-Ohio), a budget panel member, said.";
    assert_eq!(name_of(t, "plan"), Some("Dana Ortiz".into()));
}

#[test]
fn owner_relation_before_a_named_apposition() {
    let t = "\"A big day for the harbour!\" Berg's niece, Marta Lund, said.";
    assert_eq!(name_of(t, "harbour"), Some("Marta Lund".into()));
    assert_eq!(
        speaker_of(t, "harbour").and_then(|s| s.role),
        Some("Berg niece".into())
    );
}

#[test]
fn titles_in_quotation_marks_are_not_speech() {
    // A show named mid-sentence before the real cue.
    let t =
        "On this week's broadcast of “Harbour Hour,” Mayor Ilse Brandt said the pier would reopen.";
    assert!(quotes(t).iter().all(|(c, ..)| !c.contains("Harbour Hour")));
    // A subheading paragraph between quoted paragraphs.
    let t =
        "\"We will rebuild,\" Ilse Brandt said.\n\n'A Quiet Harbour.'\n\nThe pier closed in May.";
    assert!(quotes(t).iter().all(|(c, ..)| !c.contains("Quiet Harbour")));
    // A sentence in title case with its own cue is still a quotation.
    let t = "“Build The Pier Now,” Ilse Brandt said.";
    assert_eq!(name_of(t, "Pier Now"), Some("Ilse Brandt".into()));
}

/// (content, speaker) of every reported-speech item.
fn reported_items(text: &str) -> Vec<(String, Option<String>)> {
    run(text)
        .quotes
        .iter()
        .filter(|q| q.kind == Kind::Reported)
        .map(|q| {
            (
                text[q.content.clone()].to_string(),
                q.speaker.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect()
}

#[test]
fn role_of_an_organisation_before_a_named_apposition() {
    let t = "On Friday the director of the Harbour Safety Board, Jonas B. Miller, said that the messages were private.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the messages were private".into(),
            Some("Jonas B. Miller".into())
        )]
    );
}

#[test]
fn reported_content_ends_with_its_subordinate_clause() {
    let t = "When the port director, Jonas Miller, said on Tuesday that his staff had no evidence, the union walked out.";
    assert_eq!(
        reported_items(t),
        vec![(
            "his staff had no evidence".into(),
            Some("Jonas Miller".into())
        )]
    );
}

#[test]
fn content_before_a_parenthetical_cue_and_its_appositive() {
    let t = "Ferry passengers and hauliers would pay one toll, Berg said, a change that could reshape the harbour.";
    assert_eq!(
        reported_items(t),
        vec![(
            "Ferry passengers and hauliers would pay one toll".into(),
            Some("Berg".into())
        )]
    );
}

#[test]
fn relative_who_said_reports_for_the_name_before_it() {
    let t = "The defeat was hard for Mr. Olsen, who said he would take a day off.";
    assert_eq!(
        reported_items(t),
        vec![("he would take a day off".into(), Some("Olsen".into()))]
    );
    // A possessive before the relative is not the speaker ("Olsen's aide, who said").
    let t = "The defeat was hard for Olsen's aide, who said he would take a day off.";
    assert!(reported_items(t)
        .iter()
        .all(|(_, s)| s.as_deref() != Some("Olsen")));
}

#[test]
fn according_to_organisations_documents_and_pronouns() {
    let t = "The mayor raised the most of any candidate, according to the Center for Responsive Budgets.";
    assert_eq!(
        reported_items(t),
        vec![(
            "The mayor raised the most of any candidate".into(),
            Some("Center for Responsive Budgets".into())
        )]
    );
    let t = "The council will back the plan, according to a new article in Portvale Weekly.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Portvale Weekly"));
    let t =
        "Voters care most about jobs, according to exit polls conducted for The Harbour Gazette.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Harbour Gazette"));
    let t = "Ilse Brandt runs the port. The plan is doomed, according to her.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Ilse Brandt"));
    // "according to her office" is not the pronoun.
    let t = "Ilse Brandt runs the port. The plan is doomed, according to her office.";
    assert_ne!(
        reported_items(t)
            .first()
            .and_then(|r| r.1.clone())
            .as_deref(),
        Some("Ilse Brandt")
    );
}

#[test]
fn a_named_persons_judging_verb_cues_short_quotes() {
    let t = "At a rally, Tomas Berg likened the toll to a \"vicious snake\" in a long speech.";
    assert_eq!(name_of(t, "vicious snake"), Some("Tomas Berg".into()));
    let t = "Tomas Berg called the senator a \"nasty guy\" on Friday.";
    assert_eq!(name_of(t, "nasty guy"), Some("Tomas Berg".into()));
    // A term named by a group is still no one's speech.
    let t = "Traders call it the \"peace dividend\" these days.";
    assert!(quotes(t)
        .iter()
        .all(|(c, ..)| !c.contains("peace dividend")));
    // An author's scare quotes after a verb that is not speech are not speech either.
    let t = "Tomas Berg rebuilt the \"new pier\" last year.";
    assert_eq!(name_of(t, "new pier"), None);
}

#[test]
fn a_pageant_title_is_not_a_woman() {
    let t = "Alma Reyes defended a former Miss Universe.\n\nShe wrote: \"This is dangerous for a mayor.\"";
    assert_eq!(name_of(t, "dangerous"), Some("Alma Reyes".into()));
    // "Miss" before a surname is still an honorific.
    let t = "\"We sail at dawn,\" Miss Harlow said.";
    assert_eq!(name_of(t, "dawn"), Some("Harlow".into()));
}

#[test]
fn party_tag_without_brackets_in_an_apposition() {
    let t = "\"The toll will go,\" Senate Majority Leader Mitch Connell, R-Ky., said Tuesday.";
    assert_eq!(name_of(t, "toll"), Some("Mitch Connell".into()));
    // The period of the tag does not end the cue window.
    let t = "\"The toll will go,\" Ann Moy, D-Ore., told reporters.";
    assert_eq!(name_of(t, "toll"), Some("Ann Moy".into()));
}

#[test]
fn dash_credit_after_a_quotation_names_the_speaker() {
    let t = "Readers wrote in about the ferry.\n\n\
             “We need the ferry back by spring.” ― Marta Ilves\n\n\
             \"The crossing is our lifeline.\" — Jonas Berg, a harbour pilot\n\n\
             \"I waited three hours at the pier.\" -- Petra Holm\n\n\
             \"Nobody told us anything.\" – Kestrel Shipping Company";
    assert_eq!(name_of(t, "by spring"), Some("Marta Ilves".into()));
    let s = speaker_of(t, "lifeline").expect("speaker");
    assert_eq!(s.name, "Jonas Berg");
    assert_eq!(s.role.as_deref(), Some("harbour pilot"));
    assert_eq!(name_of(t, "three hours"), Some("Petra Holm".into()));
    let s = speaker_of(t, "Nobody told").expect("speaker");
    assert!(s.is_org, "{s:?}");
    // Explicit but without a verb: confident, a little below a named speech cue.
    let a = run(t);
    let q = a
        .quotes
        .iter()
        .find(|q| t[q.content.clone()].contains("by spring"))
        .expect("quote");
    assert_eq!(q.kind, Kind::Direct);
    assert!(
        q.confidence > 0.75 && q.confidence < 0.95,
        "{}",
        q.confidence
    );
}

#[test]
fn each_quotation_takes_the_credit_that_follows_it() {
    let t = "“The market opens at six.” ― Ana Prieto “Bring your own bags.” ― Luis Mora\n\
             “Parking is free on Sundays.” ― Edda J. Varga";
    let q = quotes(t);
    assert_eq!(
        q.iter()
            .map(|(_, k, s)| (*k, s.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (Kind::Direct, Some("Ana Prieto")),
            (Kind::Direct, Some("Luis Mora")),
            (Kind::Direct, Some("Edda J. Varga")),
        ]
    );
}

#[test]
fn a_dash_before_a_clause_or_a_headline_is_not_a_credit() {
    // A clause after the dash.
    let t = "The meeting ran late.\n\n\"The town depends on it.\" — and then the mayor left.";
    assert_eq!(name_of(t, "town depends"), None);
    // Title Case without sentence punctuation: a quoted headline, not a quotation.
    let t = "The paper ran a cover.\n\n“Storm Season Begins Early” ― Harbour Evening Post";
    assert_eq!(name_of(t, "Storm Season"), None);
    // A headline-like phrase after the dash is not a person.
    let t = "It was late.\n\n\"Nobody came to the pier.\" — Ferry Service Suspended Again";
    assert_eq!(name_of(t, "Nobody came"), None);
    // A byline after a partial quotation does not replace the speaker.
    let t = "Ilves said the ferry was \"essential for the island.\" -- Kim Sorensen.";
    assert_eq!(name_of(t, "essential"), Some("Ilves".into()));
}

#[test]
fn names_with_initials_stay_whole() {
    let t = "\"The levee must be raised,\" said Rep. T.J. Harrow (D-Ore.) on Monday.";
    let s = speaker_of(t, "levee").expect("speaker");
    assert_eq!(s.name, "T.J. Harrow");
    assert_eq!(s.role.as_deref(), Some("Rep."));
    let t = "\"The plan will not pass,\" R.K. Ostrander said.";
    assert_eq!(name_of(t, "plan will"), Some("R.K. Ostrander".into()));
    let t = "\"We start at dawn,\" B. Tovah Lind told the crew.";
    assert_eq!(name_of(t, "dawn"), Some("B. Tovah Lind".into()));
    let t = "\"The clinic stays open,\" said Marisol E. Duarte Pena, the county nurse.";
    assert_eq!(name_of(t, "clinic"), Some("Marisol E. Duarte Pena".into()));
    // A later surname finds the name with initials.
    let t = "R.K. Ostrander spoke first. Later, Ostrander told reporters: \"It will fail.\"";
    assert_eq!(name_of(t, "fail"), Some("R.K. Ostrander".into()));
    // Joined initials before a sentence start are a place, not part of a name.
    let t = "Ilse Varga moved to the U.S. The move, she said, \"was easy.\"";
    assert_eq!(name_of(t, "easy"), Some("Ilse Varga".into()));
}

#[test]
fn party_tag_between_name_and_verb() {
    // Before a colon quotation: the tag's bracket is not the start of a clause.
    let t = "Rep. Ana Ruiz (D-Ore.) said: \"The levy stays.\" Aides agreed.";
    let a = run(t);
    let q = &a.quotes[0];
    assert_eq!(q.kind, Kind::Direct);
    let s = q.speaker.clone().expect("speaker");
    assert_eq!(s.name, "Ana Ruiz");
    assert_eq!(s.role.as_deref(), Some("Rep."));
    // A participle and a coordinated verb after a tagged name.
    let t = "Rep. Lin Coe (R-IN) disagreed, saying \"the numbers do not add up.\"";
    assert_eq!(name_of(t, "numbers"), Some("Lin Coe".into()));
    let t = "Sen. Tom Hale (R-Fla.) voted against the bill and said \"it was rushed and sloppy.\"";
    assert_eq!(name_of(t, "rushed"), Some("Tom Hale".into()));
    let t = "\"This is a giveaway,\" Rep. Dora Finch (D-N.C.) said.";
    assert_eq!(name_of(t, "giveaway"), Some("Dora Finch".into()));
}

#[test]
fn partial_quote_ending_the_reported_clause_keeps_the_clause() {
    // The closing period inside the marks does not make the quotation overrun the clause.
    let t = "Ida Marsh said the new timetable was \"a step backwards.\"";
    let a = run(t);
    let kinds: Vec<Kind> = a.quotes.iter().map(|q| q.kind).collect();
    assert!(kinds.contains(&Kind::Reported), "{kinds:?}");
    assert!(kinds.contains(&Kind::Partial), "{kinds:?}");
    assert_eq!(name_of(t, "step backwards"), Some("Ida Marsh".into()));
}

#[test]
fn a_line_opening_with_its_speaker_and_a_colon() {
    let t =
        "Ann Moy: The harbour must stay open for fishing boats.\n\nThe port board met on Monday.";
    assert_eq!(
        reported_items(t),
        vec![(
            "The harbour must stay open for fishing boats".into(),
            Some("Ann Moy".into())
        )]
    );
    // A surname alone counts when the text gives the full name elsewhere.
    let t = "Moy: The harbour must stay open.\n\nHarbour commissioner Ann Moy spoke on Monday.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Ann Moy"));
    // Labels are not speakers.
    let t = "Correction: An earlier version of this story misstated the date.";
    assert!(reported_items(t).is_empty());
    let t = "Update: The council met again on Friday evening.";
    assert!(reported_items(t).is_empty());
}

#[test]
fn subject_with_a_time_phrase_a_suffix_or_a_stray_comma() {
    let t = "Port spokesman Sean Ivers on Thursday evening said the harbour was not in a crisis.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Sean Ivers"));
    let t = "Mayor Joseph R. Bidell Jr. said the remarks had made him a danger to the port.";
    assert_eq!(
        reported_items(t)[0].1.as_deref(),
        Some("Joseph R. Bidell Jr")
    );
    let t =
        "Sen. Jack Reedy (D-R.I.), said after a lunch on Tuesday that he had not read the plan.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Jack Reedy"));
}

#[test]
fn beliefs_report_only_with_that() {
    let t = "Ann Moy believes that the harbour must stay open.";
    assert_eq!(
        reported_items(t),
        vec![("the harbour must stay open".into(), Some("Ann Moy".into()))]
    );
    let t = "Ann Moy found that most boats had left.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Ann Moy"));
    // Without "that" a belief verb has an object, not content.
    assert!(reported_items("Ann Moy found the keys on the harbour wall.").is_empty());
    assert!(reported_items("Ann Moy thinks about the port every single day.").is_empty());
}

#[test]
fn a_document_subject_reports_for_its_author() {
    let t = "A new Harbour Gazette poll found that most voters back the toll.";
    assert_eq!(
        reported_items(t),
        vec![(
            "most voters back the toll".into(),
            Some("Harbour Gazette".into())
        )]
    );
    // A document without an author reports for no one.
    assert!(
        reported_items("The old pier report found that the beams were rotten.")
            .iter()
            .all(|(_, s)| s.is_none())
    );
}

#[test]
fn a_place_after_a_preposition_or_an_indefinite_pronoun_is_no_speaker() {
    let t = "Diplomats in Saltmere say the mood this time is less tense.";
    assert!(reported_items(t)
        .iter()
        .all(|(_, s)| s.as_deref() != Some("Saltmere")));
    let t = "Someone said the old slogan had been crossed out.";
    assert!(reported_items(t).iter().all(|(_, s)| s.is_none()));
}

#[test]
fn beliefs_and_colon_credits_rank_below_speech() {
    let conf = |t: &str| run(t).quotes.first().map(|q| q.confidence).unwrap_or(0.0);
    let said = conf("Ann Moy said that the harbour must stay open.");
    assert!(said > 0.0);
    assert!(conf("Ann Moy believes that the harbour must stay open.") < said);
    assert!(conf("Ann Moy: The harbour must stay open for the boats.") < said);
}

#[test]
fn credit_shapes_before_a_colon_and_as_x_put_it() {
    // An inverted verb after an introductory phrase.
    let t = "In other words, explained radio host Nadia Fenn: “What does that have to do with the harbour?”";
    assert_eq!(name_of(t, "harbour?"), Some("Nadia Fenn".into()));
    // A credit line after a dash, with a party tag, or after "More from".
    let t = "HARBOUR POLLS NOT WRONG, JUST EARLY - Mark Bolin: “Although the polls failed, they were not dead wrong.”";
    assert_eq!(name_of(t, "polls failed"), Some("Mark Bolin".into()));
    let t = "Rep. Trey Gallo (R-S.C.):\"I have not heard anyone cite that figure.\"";
    assert_eq!(name_of(t, "heard"), Some("Trey Gallo".into()));
    let t = "Maria Kern runs polls.\n\nMore from Kern: “The partisanship of the town is a starting point.”";
    assert_eq!(name_of(t, "partisanship"), Some("Maria Kern".into()));
    // A lone word that is no known name is not a credit.
    let t = "Correction: “An earlier version misspelled a name.”";
    assert_eq!(name_of(t, "misspelled"), None);
    // "As X put it", before or after the quotation.
    let t = "As the Harbour Gazette put it, “Hello, it is the ferry.”";
    assert_eq!(name_of(t, "ferry"), Some("Harbour Gazette".into()));
    let t = "“The crossing will reopen in spring,” as Ivo Marsh put it.";
    assert_eq!(name_of(t, "crossing"), Some("Ivo Marsh".into()));
}

#[test]
fn the_one_told_is_not_the_speaker() {
    let t = "Hours later, Ivo Marsh returned the favour, telling the Gazette, “We have been friends for a long time.”";
    assert_eq!(name_of(t, "friends"), Some("Ivo Marsh".into()));
    // After a partial quotation, "telling Fox" names the listener: no speaker rather than Fox.
    let t = "The Ferry Foundation did not want to address “that person,” telling Fox 35 that it is focused on “ending senseless violence.”";
    assert!(quotes(t)
        .iter()
        .all(|(_, _, s)| s.as_deref() != Some("Fox")));
}

#[test]
fn ordinal_rank_and_in_x_words() {
    let t = "“I really don’t understand it,” said Air Force 1st Lt. Tyler Livo.";
    assert_eq!(name_of(t, "understand"), Some("Tyler Livo".into()));
    let t = "The fair came to Tarrow because, in the words of Mayor Ivo Marsh, “nobody builds boats like this town.”";
    assert_eq!(name_of(t, "boats"), Some("Ivo Marsh".into()));
    let t =
        "The fair came to Tarrow because, in Forbes’ words, “nobody builds boats like this town.”";
    assert_eq!(name_of(t, "boats"), Some("Forbes".into()));
}

#[test]
fn relative_who_by_saying_puts_it_and_credit_paragraphs() {
    let t =
        "Cruz won the backing of Mike Lode, who declared in the spin room, “It is time to unite.”";
    assert_eq!(name_of(t, "unite"), Some("Mike Lode".into()));
    let t = "Ivo Marsh continued by saying, “We will appeal this decision.”";
    assert_eq!(name_of(t, "appeal"), Some("Ivo Marsh".into()));
    let t = "As the Gazette's Dana Milbe puts it, \"The council is unmoved.\"";
    assert_eq!(name_of(t, "unmoved"), Some("Dana Milbe".into()));
    // A credit line of its own after a quotation paragraph, with a surname the text gave.
    let t = "Bernie Sanders and Ann Moy met voters in Keene.\n\nThe debate turned to taxes.\n\n\
             \"The big shipyards pay zero taxes.\"\n\n- Sanders.\n\nThis is a complex issue.";
    assert_eq!(name_of(t, "shipyards"), Some("Bernie Sanders".into()));
}

#[test]
fn quotation_inside_content_reported_after_it() {
    let t = "\"Many would call that an embarrassment for Ann Moy\" if she did not win by more, said David Wasso, an analyst at the Cook Report.";
    assert_eq!(name_of(t, "embarrassment"), Some("David Wasso".into()));
    let t = "\"If the state finds more records, it will search them\" for the requests, counsel Carla Wolve wrote in a filing.";
    assert_eq!(name_of(t, "records"), Some("Carla Wolve".into()));
}

#[test]
fn prepositional_tail_after_the_verb_is_not_content() {
    let t = "\"Boots on the ground\" would be right, candidate Ben Carlo said after the attacks.";
    assert_eq!(name_of(t, "Boots"), Some("Ben Carlo".into()));
}

#[test]
fn object_of_calling_and_said_adding_and_unnamed_speakers() {
    // The object of "called" is not an inverted speaker.
    let t =
        "Sen. Ted Crane (R-Texas), also a hopeful, called the KKK “abhorrent” in a post on Sunday.";
    assert_ne!(name_of(t, "abhorrent"), Some("KKK".into()));
    // ", Spicer said, adding": the speaker of the verb before the participle.
    let t = "Ryan and Tull will meet next week, Spicer said, adding, \"They need to sit down and talk.\"";
    assert_eq!(name_of(t, "sit down"), Some("Spicer".into()));
    // An unnamed speaker is nobody, not the previous speaker.
    let t = "“We will win here,” Ann Moy said.\n\n“There are more candidates in the race,” added another Keene Republican.";
    assert_eq!(name_of(t, "more candidates"), None);
    // A group phrase cut after "31%" is no name.
    let t = "In a poll released Monday, 31% of Republicans and leaning voters said they were \"extremely enthusiastic\" about voting.";
    assert_eq!(name_of(t, "enthusiastic"), None);
}

#[test]
fn quoted_comma_ends_a_reported_clause_and_places_are_not_he() {
    // The comma inside the quotation ends the content before "said X".
    let t = "Tull's message may be \"strategic,\" said Jeff Hemsel, a professor at Keene.";
    let q = quotes(t);
    assert!(q.iter().any(|(c, k, s)| *k == Kind::Reported
        && c.starts_with("Tull's message may be")
        && s.as_deref() == Some("Jeff Hemsel")));
    // "in the United States" is a place: "he" does not resolve to it.
    let t =
        "Families both in the United States and abroad told us so. \"We listen to them,\" he said.";
    assert_ne!(name_of(t, "listen"), Some("States".into()));
    assert_ne!(name_of(t, "listen"), Some("United States".into()));
}

#[test]
fn ordinary_words_as_given_names_and_long_roles() {
    // Mid-sentence, "Will" before a surname is a given name.
    let t = "\"It's an expensive model,\" said Will Doyle, a professor at Keene College.";
    assert_eq!(name_of(t, "expensive"), Some("Will Doyle".into()));
    // Right after a quotation, before a speech verb, it is the speaker's surname.
    let t = "“The war is a reminder,” Will wrote.";
    assert_eq!(name_of(t, "reminder"), Some("Will".into()));
    // But not a weekday or a month.
    let t = "The vote came on Tuesday. Critics said Tuesday Morning Ltd. was closed.";
    assert!(run(t).quotes.iter().all(|q| q
        .speaker
        .as_ref()
        .is_none_or(|s| !s.name.starts_with("Tuesday"))));
    // A longer description ending in a role noun before the name.
    let t =
        "\"These are dark days,\" former George W. Bush speechwriter Noam Neuss wrote in a column.";
    assert_eq!(name_of(t, "dark days"), Some("Noam Neuss".into()));
}

#[test]
fn speech_acts_report_their_object() {
    let t = "Councillor Ilse Brandt criticized the new ferry timetable on Monday.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the new ferry timetable on Monday".into(),
            Some("Ilse Brandt".into())
        )]
    );
    // "called for" and "declined to comment" are speech acts; the object ends its clause.
    let t = "Jonas Berg called for a recount of the harbour ballots, and the board met again.";
    assert_eq!(
        reported_items(t),
        vec![(
            "a recount of the harbour ballots".into(),
            Some("Jonas Berg".into())
        )]
    );
    let t = "Marta Lund declined to comment on the pier contract.";
    assert_eq!(
        reported_items(t),
        vec![(
            "to comment on the pier contract".into(),
            Some("Marta Lund".into())
        )]
    );
    // A speech act ranks a little below a speech verb.
    let conf = |t: &str| run(t).quotes.first().map(|q| q.confidence).unwrap_or(0.0);
    assert!(
        conf("Ilse Brandt praised the harbour crews.")
            < conf("Ilse Brandt said that the harbour crews did well.")
    );
}

#[test]
fn speech_acts_that_report_nothing() {
    for t in [
        // Naming, a noun, a fronted object (a relative clause does report: see
        // `speech_act_in_a_relative_clause`).
        "Ilse Brandt called it a fine day for sailing.",
        "The ferry owes its revival thanks to steady local support.",
        "The levy, which Jonas Berg proposed in May, was dropped.",
        // Hypothetical, negated, an infinitive, a passive, a bare gerund.
        "Jonas Berg would endorse the plan if the board paid for it.",
        "Jonas Berg has not endorsed anyone in the harbour race.",
        "Jonas Berg took the early ferry to praise the pier crews.",
        "Jonas Berg was criticized for the late ferries.",
        "Marta Lund sent a letter to Jonas Berg criticizing the ferry fares.",
    ] {
        assert!(
            reported_items(t).iter().all(|(_, s)| s.is_none()),
            "{t}: {:?}",
            reported_items(t)
        );
    }
}

#[test]
fn a_passive_speech_verb_has_no_speaker() {
    // The subject of "was told" is the listener, of "was declared" the one declared.
    for t in [
        "Jonas Berg was told that the ferry would not run on Sunday.",
        "After Marta Lund was declared the winner in Drem, the crowd went home.",
        "The mayor smiled when asked if the pier would reopen soon.",
    ] {
        assert!(
            reported_items(t).iter().all(|(_, s)| s.is_none()),
            "{t}: {:?}",
            reported_items(t)
        );
    }
}

#[test]
fn a_relative_clause_between_the_speaker_and_the_verb() {
    // The place names inside the relative clause are not the speaker.
    let t = "Ann Moy, who lost her boat in a storm near Drem, Ore., in May 2012, said that the board had treated her badly.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the board had treated her badly".into(),
            Some("Ann Moy".into())
        )]
    );
    let t = "Senator Jonas Berg of Maine, who toured the docks with Ms. Lund, said she must focus on the harbour.";
    assert_eq!(
        reported_items(t),
        vec![(
            "she must focus on the harbour".into(),
            Some("Jonas Berg".into())
        )]
    );
}

#[test]
fn a_parenthetical_cue_inside_its_content() {
    let t = "The ferry plan would be helped, Berg said on Monday, by the coming tide tables.";
    assert_eq!(
        reported_items(t),
        vec![(
            "The ferry plan would be helped, Berg said on Monday, by the coming tide tables".into(),
            Some("Berg".into())
        )]
    );
}

#[test]
fn a_trailing_cue_takes_the_speech_verbs_before_it() {
    let t = "He promised to beat Lund thanks to the Berg name, which is well known in the port, Moy said.";
    assert_eq!(
        reported_items(t),
        vec![(
            "He promised to beat Lund thanks to the Berg name, which is well known in the port"
                .into(),
            Some("Moy".into())
        )]
    );
    let t = "The union will sit out the harbour vote, port director Ivo Pell told the Gazette.";
    assert_eq!(
        reported_items(t),
        vec![(
            "The union will sit out the harbour vote".into(),
            Some("Ivo Pell".into())
        )]
    );
}

#[test]
fn according_to_inside_or_after_its_content() {
    let t = "Moy leads Berg by 271 votes according to a count by the Harbour Gazette.";
    assert_eq!(
        reported_items(t),
        vec![(
            "Moy leads Berg by 271 votes".into(),
            Some("Harbour Gazette".into())
        )]
    );
    let t = "At the heart of the dispute, according to Marta Lund, a former pilot, was a vote by the board.";
    assert_eq!(
        reported_items(t),
        vec![(t.trim_end_matches('.').into(), Some("Marta Lund".into()))]
    );
}

#[test]
fn speech_acts_with_their_preposition_and_intentions() {
    let t = "Ilse Brandt railed against the new harbour fees at the meeting.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the new harbour fees at the meeting".into(),
            Some("Ilse Brandt".into())
        )]
    );
    let t = "Jonas Berg wants to rebuild the old pier before winter.";
    assert_eq!(
        reported_items(t),
        vec![(
            "to rebuild the old pier before winter".into(),
            Some("Jonas Berg".into())
        )]
    );
    // Without the preposition or "to", the verb is no speech act.
    for t in [
        "Ilse Brandt pointed the boat toward the harbour.",
        "Jonas Berg wants a new boat for the ferry run.",
    ] {
        assert!(reported_items(t).is_empty(), "{t}: {:?}", reported_items(t));
    }
}

#[test]
fn a_trailing_cue_after_a_quotation_in_its_content() {
    let t =
        "The board will rebuild the pier with \"steady and patient work,\" Ann Moy said on Monday.";
    let r = reported_items(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].0.starts_with("The board will rebuild the pier"));
    assert_eq!(r[0].1.as_deref(), Some("Ann Moy"));
}

#[test]
fn a_belief_reports_a_clause_without_that() {
    let t = "Jonas Berg believes the new pier would last a century.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the new pier would last a century".into(),
            Some("Jonas Berg".into())
        )]
    );
    // An object is not a clause.
    assert!(reported_items("Jonas Berg found the keys under the old pier.").is_empty());
}

#[test]
fn a_title_case_headline_with_its_speech_verb() {
    let t = "Ilse Brandt Says The Old Harbour Pier Will Reopen In May\n\nThe pier has been shut since the storm.";
    assert_eq!(
        reported_items(t),
        vec![(
            "The Old Harbour Pier Will Reopen In May".into(),
            Some("Ilse Brandt".into())
        )]
    );
    // A capitalised verb in an ordinary sentence is no cue.
    assert!(reported_items("The group Demand Justice sent the mayor a long letter.").is_empty());
}

#[test]
fn more_speech_acts_and_their_noun_look_alikes() {
    let t = "Marta Lund blasted the harbour board for the late ferries.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the harbour board for the late ferries".into(),
            Some("Marta Lund".into())
        )]
    );
    for t in [
        "The Drem attacks shook the harbour town for weeks.",
        "Jonas Berg backed down after the vote on the pier.",
    ] {
        assert!(reported_items(t).is_empty(), "{t}: {:?}", reported_items(t));
    }
}

#[test]
fn subjects_with_an_of_phrase_a_medium_or_a_dateline() {
    let t = "Rep. Ann Moy of Maine, a harbour pilot, said the channel must be dredged.";
    assert_eq!(
        reported_items(t),
        vec![("the channel must be dredged".into(), Some("Ann Moy".into()))]
    );
    let t = "Jonas Berg in a blog post said he would rebuild the pier.";
    assert_eq!(
        reported_items(t),
        vec![(
            "he would rebuild the pier".into(),
            Some("Jonas Berg".into())
        )]
    );
    let t = "DREM — Ilse Brandt struck a calm tone, saying the ferries would run again soon.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the ferries would run again soon".into(),
            Some("Ilse Brandt".into())
        )]
    );
}

#[test]
fn a_main_clause_after_a_reported_subordinate_clause() {
    let t = "While Ann Moy has said that the pier is safe, Jonas Berg said he does not trust it.";
    let r = reported_items(t);
    assert!(
        r.contains(&("the pier is safe".into(), Some("Ann Moy".into()))),
        "{r:?}"
    );
    assert!(
        r.contains(&("he does not trust it".into(), Some("Jonas Berg".into()))),
        "{r:?}"
    );
}

#[test]
fn a_participle_after_a_quotation_and_its_cue() {
    let t = "\"The tide was against us,\" Jonas Berg said, citing the late repairs to the pier.";
    let r = reported_items(t);
    assert!(
        r.contains(&(
            "the late repairs to the pier".into(),
            Some("Jonas Berg".into())
        )),
        "{r:?}"
    );
    let t = "DREM (Harbour Wire) – Port director Ivo Pell on Monday toured the docks, praising the crews for their work.";
    let r = reported_items(t);
    assert!(
        r.contains(&("the crews for their work".into(), Some("Ivo Pell".into()))),
        "{r:?}"
    );
}

#[test]
fn a_group_is_no_speech_act_speaker_and_a_nickname_no_quotation() {
    assert!(
        reported_items("Harbour leaders denounce the new ferry fees.")
            .iter()
            .all(|(_, s)| s.is_none()),
        "{:?}",
        reported_items("Harbour leaders denounce the new ferry fees.")
    );
    let t = "In a custom he has kept for years, Rep. Jonas B. \"Jo\" Berg threw open his barn to the town.";
    assert!(
        run(t).quotes.iter().all(|q| q.speaker.is_none()),
        "{:?}",
        quotes(t)
    );
}

#[test]
fn a_short_parenthetical_and_a_trailing_organisation() {
    let t = "This season, she says, is different.";
    let r = reported_items(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "This season, she says, is different");
    let t = "The ferry line will close in May, the Harbour Gazette reported.";
    assert_eq!(
        reported_items(t),
        vec![(
            "The ferry line will close in May".into(),
            Some("Harbour Gazette".into())
        )]
    );
}

#[test]
fn a_view_framed_by_to_a_named_person() {
    let t = "To Marta Lund, the new toll is a tax on the poor.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the new toll is a tax on the poor".into(),
            Some("Marta Lund".into())
        )]
    );
    // "For X, …" is the author's framing; "To many voters" names no one.
    for t in [
        "For Marta Lund, it was a good day on the water.",
        "To many voters, the new toll is a tax on the poor.",
    ] {
        assert!(
            reported_items(t).iter().all(|(_, s)| s.is_none()),
            "{t}: {:?}",
            reported_items(t)
        );
    }
}

#[test]
fn relative_who_without_comma_and_quoted_titles_in_appositions() {
    let t = "Among the replies was this post from Rikke Walls who tweeted, “You never follow the rules.”";
    assert_eq!(name_of(t, "rules"), Some("Rikke Walls".into()));
    let t = "Sam Solovo, a contestant on the show \"The Apprentice,\" who went on to work for Tull, said his boss was \"always kind and generous.\"";
    assert_eq!(name_of(t, "generous"), Some("Sam Solovo".into()));
}

#[test]
fn fixed_time_phrases_between_subject_and_verb() {
    let t = "Tull at the time said he had asked his “people” to “look into” paying the fees.";
    assert_eq!(reported_items(t)[0].1.as_deref(), Some("Tull"));
    let t = "Ann Moy in turn said the pier “must stay open for the winter.”";
    assert_eq!(name_of(t, "winter"), Some("Ann Moy".into()));
}

#[test]
fn a_new_sentence_after_a_question_is_no_cue() {
    let t = "Her reply was short: “Is Dana Brodie off Conn or Wisconsin?” Dana Brodie is a gift shop in the capital.";
    assert_ne!(name_of(t, "Wisconsin"), Some("Dana Brodie".into()));
}

#[test]
fn an_owners_response_before_a_colon() {
    let t = "Ilse Brandt was told of the closure. Brandt’s response was: “Is the shop in Keene or Tarrow?”";
    assert_eq!(name_of(t, "Tarrow?"), Some("Ilse Brandt".into()));
    let t = "Nobody works harder, in Ann Moy's words, “than the night crew.”";
    assert_eq!(name_of(t, "night crew"), Some("Ann Moy".into()));
}

#[test]
fn the_white_house_is_an_organisation() {
    let t = "The White House says the visit was a “respectful arrangement” for everyone.";
    assert_eq!(name_of(t, "respectful"), Some("White House".into()));
    for org in ["Federal Reserve", "United Nations", "Downing Street"] {
        let t = format!("The {org} said the plan was a “bad idea” for the town.");
        assert_eq!(name_of(&t, "bad idea"), Some(org.into()));
    }
    let t = "\"We will vote on Friday,\" House Speaker Paul Rand said.";
    let s = speaker_of(t, "Friday").expect("speaker");
    assert_eq!(
        (s.name.as_str(), s.role.as_deref()),
        ("Paul Rand", Some("House Speaker"))
    );
}

#[test]
fn curly_marks_typed_the_wrong_way_round() {
    let t = "”Mr. Tull embodies an old legacy. He represents our greatest shame.” ― Sonya Herring";
    assert_eq!(name_of(t, "shame"), Some("Sonya Herring".into()));
    let t = "Sen. Ted Crane (R-Texas), a hopeful, called the plan “abhorrent“ in a post on Sunday.";
    let q = quotes(t);
    assert!(
        q.contains(&("abhorrent".into(), Kind::Partial, Some("Ted Crane".into()))),
        "{q:?}"
    );
}

#[test]
fn headlines_are_not_speakers() {
    // A title-case headline before a colon is not a credit line.
    let t = "War and Peace. Veto Power Impedes Peace Efforts: Ending \"the scourge of war\" is one of the original goals of the Union.";
    assert_eq!(name_of(t, "scourge"), None);
    // A heading in capitals is not the person "he" means.
    let t = "BORROWING Back\n\nFirst, loans. These days, he has changed his tune. \"You would like to pay cash for your house, too,\" he said.";
    assert_eq!(name_of(t, "pay cash"), None);
}

#[test]
fn capitalised_groups_are_not_speakers() {
    for g in [
        "Several delegates",
        "Critics",
        "Officials",
        "Multiple lawmakers",
    ] {
        let t = format!("{g} called the plan “a fraud” on Tuesday.");
        assert_eq!(name_of(&t, "fraud"), None, "{g}");
    }
    // Organisations and names still speak.
    let t = "Police called the plan “a fraud” on Tuesday.";
    assert_eq!(name_of(t, "fraud"), Some("Police".into()));
}

#[test]
fn unresolved_group_descriptions_are_not_speakers() {
    let t = "The market reopened on Friday. The street traders said the rent was “far too high” for them.";
    assert_eq!(name_of(t, "far too high"), None);
}

#[test]
fn plain_adverbs_between_subject_and_verb() {
    let t = "Priebus later Thursday told the Gazette: “Both men are meeting next week.”";
    assert_eq!(name_of(t, "meeting"), Some("Priebus".into()));
    let t = "Ferdie Pachek once said: “Cassius was born in Keene.”";
    assert_eq!(name_of(t, "Cassius"), Some("Ferdie Pachek".into()));
}

#[test]
fn an_apposition_naming_the_owner_of_the_role() {
    for (t, who) in [
        (
            "Rasa Olenko, Harbor Fund's executive director, said the group will keep pressing the council.",
            "Rasa Olenko",
        ),
        (
            "Marlo Vesk, Dunmore's director of field work and outreach, said the campaign takes nothing for granted.",
            "Marlo Vesk",
        ),
        (
            "Chris Dovet, South Harbor director for Ruiz, said the campaign opened its 11th field office.",
            "Chris Dovet",
        ),
    ] {
        let r = reported_items(t);
        assert_eq!(r.len(), 1, "{t}: {r:?}");
        assert_eq!(r[0].1.as_deref(), Some(who), "{t}: {r:?}");
    }
}

#[test]
fn a_named_poll_shows_or_finds_its_object() {
    let t = "A new Harbor/Keel poll showed Ruiz leading the field with 31 percent of voters.";
    let r = reported_items(t);
    assert_eq!(
        r,
        vec![(
            "Ruiz leading the field with 31 percent of voters".into(),
            Some("Harbor/Keel".into())
        )]
    );
    // No named pollster, or a name that is capitalised only by the sentence start.
    for t in [
        "Polls show Ruiz ahead in the north.",
        "Early polls show Ruiz ahead in the north.",
        "The mayor courted Moss as polls show Ruiz gaining in the east.",
        "The video showed the crowd at the gate.",
    ] {
        assert!(
            reported_items(t).iter().all(|(_, s)| s.is_none()),
            "{t}: {:?}",
            reported_items(t)
        );
    }
}

#[test]
fn a_titled_name_opens_the_reported_clause() {
    let t = "Ana Corran said Mr. Holt had misled the harbour board.";
    assert_eq!(
        reported_items(t),
        vec![(
            "Mr. Holt had misled the harbour board".into(),
            Some("Ana Corran".into())
        )]
    );
}

#[test]
fn coordinated_speech_after_a_relative_clause_or_then() {
    for (t, who) in [
        (
            "Nadia Kress, who endorsed Moss in May and said she would campaign with him, stayed home.",
            "Nadia Kress",
        ),
        (
            "Dana Holt offered the man a job, then says he will welcome advice from anyone.",
            "Dana Holt",
        ),
        (
            "Gary Emmet, a former state party chairman, became a delegate and said he leans toward Holt.",
            "Gary Emmet",
        ),
        (
            "Gov. Lena Broch signed an order on Monday, while Tom Vey, the former mayor, mocked it and said the council should resign.",
            "Tom Vey",
        ),
    ] {
        let r = reported_items(t);
        assert!(
            r.iter().any(|(_, s)| s.as_deref() == Some(who)),
            "{t}: {r:?}"
        );
        assert!(
            r.iter().all(|(_, s)| s.is_none() || s.as_deref() == Some(who)),
            "{t}: {r:?}"
        );
    }
}

#[test]
fn a_clause_framed_by_as_someone_reported() {
    let t = "As the Harbor Gazette reported on Monday, the inspector sent subpoenas to the fund.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the inspector sent subpoenas to the fund".into(),
            Some("Harbor Gazette".into())
        )]
    );
    let t = "Rolf Vale also met with Mr. Holt that day, as The Velmar Times reported on Tuesday.";
    assert_eq!(
        reported_items(t),
        vec![(
            "Rolf Vale also met with Mr. Holt that day".into(),
            Some("Velmar Times".into())
        )]
    );
}

#[test]
fn an_aside_between_dashes_before_the_verb() {
    for t in [
        "Lena Murrow — after a knock on the table — told me she has had a quiet life.",
        "Lena Murrow -- reached by phone on Tuesday -- said she has had a quiet life.",
    ] {
        let r = reported_items(t);
        assert_eq!(r.len(), 1, "{t}: {r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Lena Murrow"), "{t}: {r:?}");
    }
}

#[test]
fn a_quantity_after_the_verb_is_content_not_an_adverbial() {
    let t = "On Friday, as the parade passed, Channel Nine reported at least six boats in the bay.";
    assert_eq!(
        reported_items(t),
        vec![(
            "at least six boats in the bay".into(),
            Some("Channel Nine".into())
        )]
    );
}

#[test]
fn a_quotation_ending_its_sentence_stops_the_coordination_scan() {
    let t = "Cruz told him to “breathe.” That prompted Rubio to smile and said the senator was “out of line.”";
    assert_ne!(name_of(t, "out of line"), Some("Cruz".into()));
}

#[test]
fn a_relative_clause_report_ends_at_its_closing_mark() {
    let t = "Ann Moy, who first said the pier was safe, now says it must close.";
    assert_eq!(
        reported_items(t),
        vec![
            ("the pier was safe".into(), Some("Ann Moy".into())),
            ("it must close".into(), Some("Ann Moy".into()))
        ]
    );
    let t = "Mayor Ivo Marsh - who previously said he would not run - said at a rally that the ferry will run all winter.";
    let r = reported_items(t);
    assert_eq!(r[0], ("he would not run".into(), Some("Ivo Marsh".into())));
}

#[test]
fn an_object_taking_verb_after_the_quotation_names_its_speaker() {
    let t = "“Who will pay for the new ferry?” asked Tamsin Orrey.";
    assert_eq!(name_of(t, "ferry"), Some("Tamsin Orrey".into()));
    let t = "“The river will flood by Friday,” warned Sen. Idris Maleki of Harlow, who chairs the water board.";
    assert_eq!(name_of(t, "river"), Some("Idris Maleki".into()));
}

#[test]
fn an_object_taking_verb_before_its_listener_and_clause_names_no_one() {
    // The name after "told" is the one told, when a clause follows it.
    let t = "“It was a quiet night,” told Ravi Denton that the harbour stayed shut.";
    assert_ne!(name_of(t, "quiet night"), Some("Ravi Denton".into()));
}

#[test]
fn said_a_description_then_the_name_in_apposition() {
    let t = "“We counted every ballot twice,” said Harlow's deputy campaign manager, Oona Brask, who ran the count.";
    let s = speaker_of(t, "ballot").expect("speaker");
    assert_eq!(s.name, "Oona Brask");
    assert_eq!(s.role.as_deref(), Some("Harlow deputy campaign manager"));
}

#[test]
fn a_person_and_a_verb_closing_the_sentence_after_the_quotation() {
    let t = "Kell Amundsen spoke first.\n\n“We ought to start again, and we ought to start today,” Amundsen went on.";
    assert_eq!(name_of(t, "start again"), Some("Kell Amundsen".into()));
    let t = "“Nobody asked the fishermen what they wanted,” Mirela Tosk barked.";
    assert_eq!(name_of(t, "fishermen"), Some("Mirela Tosk".into()));
}

#[test]
fn a_quoted_word_before_a_name_in_a_headline_is_not_a_quotation_credit() {
    let t = "'Stubborn' Berrow wins the harbour vote.\n\nThe count ended late.";
    assert_eq!(name_of(t, "Stubborn"), None);
}

#[test]
fn a_sentence_announcing_speech_gives_the_next_quotation_its_speaker() {
    let t = "Dagny Holm, the director of the ferry company, said in a statement. “There are no boats to spare this winter.”";
    assert_eq!(name_of(t, "no boats"), Some("Dagny Holm".into()));
    let t = "Harbour economist Lior Pask agreed. “The port cannot wait another year.”";
    assert_eq!(name_of(t, "port cannot"), Some("Lior Pask".into()));
}

#[test]
fn a_sentence_with_reported_content_does_not_announce_the_next_quotation() {
    // The verb reports the words before it ("…, he said."), not the quotation after it.
    let t = "Nils Varro spoke to the crowd. Also, the bridge is too old, he said. “Ask anyone who drives it.”";
    assert_ne!(
        run(t)
            .quotes
            .iter()
            .find(|q| t[q.content.clone()].contains("Ask anyone"))
            .and_then(|q| q.cue.clone())
            .map(|c| t[c].to_string()),
        Some("said".into())
    );
    // A sentence that reports a clause is not an announcement either: the quotation only
    // continues its speaker, with less confidence than an announced one.
    let t = "Nils Varro said the bridge would close. “Ask anyone who drives it.”";
    let q = run(t)
        .quotes
        .into_iter()
        .find(|q| t[q.content.clone()].contains("Ask anyone"))
        .expect("quote");
    assert_eq!(q.speaker.map(|s| s.name), Some("Nils Varro".into()));
    assert!(q.confidence < 0.8, "{}", q.confidence);
}

#[test]
fn once_between_a_subject_and_its_verb_before_a_colon() {
    let t = "Former ferry captain Ulla Brenning once said:\n\n“The sea keeps no promises.”";
    let q = run(t)
        .quotes
        .into_iter()
        .find(|q| t[q.content.clone()].contains("sea keeps"))
        .expect("quote");
    assert_eq!(q.speaker.map(|s| s.name), Some("Ulla Brenning".into()));
    assert_eq!(q.cue.map(|c| &t[c]), Some("said"));
}

#[test]
fn a_long_abbreviated_rank_before_a_name_does_not_end_the_sentence() {
    let t = "“The patrols will go on. We are ready for the winter,” said Coast Guard spokesman Capt. Eino Varga, who was asked about the storms.";
    assert_eq!(name_of(t, "patrols"), Some("Eino Varga".into()));
}

#[test]
fn a_participle_after_upon_or_after_takes_the_clause_subject() {
    let t = "Sela Marrow, a councillor since 2009, drew boos upon saying, “The market will move.”";
    assert_eq!(name_of(t, "market"), Some("Sela Marrow".into()));
    let t = "Sela Marrow left the hall after telling the crowd, “The market will move.”";
    assert_eq!(name_of(t, "market"), Some("Sela Marrow".into()));
}

#[test]
fn went_on_to_say_takes_the_clause_subject() {
    let t = "Tor Lindgren went on to say, “Nobody in Drem wants a second bridge.”";
    assert_eq!(name_of(t, "second bridge"), Some("Tor Lindgren".into()));
}

#[test]
fn the_speaker_of_to_say_after_another_verb_is_not_the_subject() {
    // The one urged is asked to speak; the urger is not the speaker of the words.
    let t = "Tor Lindgren urged the ferry crews to say, “We will not sail.”";
    let cue = run(t)
        .quotes
        .iter()
        .find(|q| t[q.content.clone()].contains("not sail"))
        .and_then(|q| q.cue.clone())
        .map(|c| t[c].to_string());
    assert_ne!(cue.as_deref(), Some("say"));
}

#[test]
fn once_said_after_an_apposition_before_the_quotation() {
    let t = "The storm was the worst in memory (Ines Varga, who kept the lighthouse, once said, “The sea took the pier twice.”).";
    assert_eq!(name_of(t, "pier twice"), Some("Ines Varga".into()));
}

#[test]
fn a_possessive_owner_before_the_name_after_the_quotation() {
    let t = "“The council will fold by June,” The Harbour Times' Edda Runs explained.";
    assert_eq!(name_of(t, "fold"), Some("Edda Runs".into()));
    let t = "Mirek Soll spoke first. Drem University's Edda Runs agreed. “The council will fold by June.”";
    assert_eq!(name_of(t, "fold"), Some("Edda Runs".into()));
}

#[test]
fn a_comma_after_a_message_noun_introduces_the_quotation() {
    let t = "Hours after the flood, Mayor Pell Arno issued a statement, “Every family will be housed tonight.”";
    assert_eq!(name_of(t, "housed"), Some("Pell Arno".into()));
}

#[test]
fn a_description_before_a_dashed_aside_that_names_the_person() {
    let t = "A former county sheriff -- Ivo Brandt, who retired in 2010 -- said the pier \"will not last another winter.\"";
    assert_eq!(name_of(t, "another winter"), Some("Ivo Brandt".into()));
}

#[test]
fn a_dashed_aside_without_a_leading_name_gives_no_speaker_from_it() {
    let t = "The harbour master -- a post once held by Ivo Brandt -- said the pier \"will not last another winter.\"";
    assert_ne!(name_of(t, "another winter"), Some("Ivo Brandt".into()));
}

#[test]
fn as_a_person_said_after_a_partial_quotation() {
    let t = "The fact that the vote “is too close to call,” as Wenna Hollis said on the radio, only raised the stakes.";
    assert_eq!(name_of(t, "too close"), Some("Wenna Hollis".into()));
}

#[test]
fn a_nested_quotation_closing_the_quotation_before_its_cue() {
    let t =
        "“He told me outright, ‘I hope the market falls,'” Sanna Ekdal told dock workers in Drem.";
    assert_eq!(name_of(t, "market falls"), Some("Sanna Ekdal".into()));
    let t = "\"Giving such favour tells them 'they are outsiders,' \" Judge Oren Vale wrote.";
    assert_eq!(name_of(t, "outsiders"), Some("Oren Vale".into()));
}

#[test]
fn a_titled_owner_before_a_possessive_role_and_the_name() {
    let t =
        "“The tolls will stay,” Drem Gov. Lisa Marren’s chief of staff, Ivo Stark, told reporters.";
    assert_eq!(name_of(t, "tolls"), Some("Ivo Stark".into()));
}

#[test]
fn a_state_after_the_place_of_the_speaker() {
    let t = "“I have not made up my mind,” Tessa Brune of Derry, N.H., said.";
    assert_eq!(name_of(t, "made up"), Some("Tessa Brune".into()));
    let t = "“I have not made up my mind,” Tessa Brune, 45, of Drem, Calif., who came with her son, said after the rally.";
    assert_eq!(name_of(t, "made up"), Some("Tessa Brune".into()));
}

#[test]
fn a_period_before_a_comma_does_not_end_the_sentence() {
    // "N.H.," is an abbreviation, whatever follows it.
    let t = "Voters in Derry, N.H., said they would wait. Tessa Brune said: “I have not made up my mind.”";
    assert_eq!(name_of(t, "made up"), Some("Tessa Brune".into()));
}

#[test]
fn manner_of_speaking_verbs_cue_quotations() {
    let t =
        "“We finally have a harbour again!” beamed Odile Varnak of Drem, who had waited ten years.";
    assert_eq!(name_of(t, "harbour again"), Some("Odile Varnak".into()));
    let t = "“Nobody asked the fishermen,” Odile Varnak grumbled.";
    assert_eq!(name_of(t, "fishermen"), Some("Odile Varnak".into()));
}

#[test]
fn a_name_and_a_verb_closing_the_clause_after_a_question() {
    let t = "Vella Strom opened the show.\n\n“Would the toll be negotiable?” Strom pressed. “Maybe for residents?”";
    assert_eq!(name_of(t, "toll"), Some("Vella Strom".into()));
    let t = "Vella Strom opened the show.\n\n“It happens, right?” Strom went on, as if nobody had spoken.";
    assert_eq!(name_of(t, "happens"), Some("Vella Strom".into()));
}

#[test]
fn a_new_sentence_after_a_question_is_not_a_credit() {
    // "Strom is a shop": the clause goes on after its verb, so it starts a new sentence.
    let t = "Vella Strom opened the show.\n\n“Where can you buy bread on the pier?” Strom is a shop by the ferry.";
    assert_eq!(
        run(t)
            .quotes
            .iter()
            .find(|q| t[q.content.clone()].contains("bread"))
            .and_then(|q| q.cue.clone()),
        None
    );
}

#[test]
fn an_owner_and_a_role_after_the_before_the_name() {
    let t =
        "“He asked us to his home,” the Gazette's senior politics editor Jon Ferrant responded.";
    assert_eq!(name_of(t, "his home"), Some("Jon Ferrant".into()));
}

#[test]
fn a_capitalised_word_before_a_noun_after_an_indefinite_article_is_no_name() {
    let t = "“We will not stop,” said a Berrow supporter who runs a page for the campaign.";
    assert_eq!(name_of(t, "not stop"), None);
}

#[test]
fn a_state_after_the_place_before_the_verb() {
    let t = "Mara Tulsen of Columbia, South Carolina says the mayor must keep “doing what she is doing.”";
    assert_eq!(name_of(t, "doing what"), Some("Mara Tulsen".into()));
}

#[test]
fn a_lone_capitalised_common_noun_opening_a_sentence_is_no_speaker() {
    // "Audiences" never appears capitalised inside a sentence: it is no name.
    let t = "Ivo Rand returns to the stage on Friday. Audiences can expect him to play with “a little more abandon than usual.”";
    assert_eq!(name_of(t, "abandon"), None);
}

#[test]
fn a_lone_surname_seen_inside_a_sentence_stays_a_speaker() {
    let t = "The mayor met Hanna Rask on Monday. Rask sees the plan as “a gift to the harbour and the town.”";
    assert_eq!(name_of(t, "gift"), Some("Hanna Rask".into()));
}

#[test]
fn the_last_of_coordinated_verbs_before_the_quotation() {
    let t = "When I asked Ivo Sand about the vote, he looked into the camera, frowned and said, “I will win it.”";
    assert_eq!(name_of(t, "win it"), Some("Ivo Sand".into()));
    let t = "As the crowd jeered, Silla Mann was joined on stage by Sen. Aldo Frey and joked, “You are all very kind.”";
    assert_eq!(name_of(t, "very kind"), Some("Silla Mann".into()));
}

#[test]
fn as_a_role_and_name_put_it() {
    let t = "At the time, as harbour prosecutor Marit Tolle put it, “nothing pointed to a crime.”";
    assert_eq!(name_of(t, "pointed"), Some("Marit Tolle".into()));
    let t = "As Jon Corwen, the No. 2 in the council, put it: “This plan will not pass. There is no point.”";
    assert_eq!(name_of(t, "not pass"), Some("Jon Corwen".into()));
}

#[test]
fn as_a_band_sang() {
    let t = "As the Tidewalkers sang in 1984, “They will turn us all into beggars.”";
    assert_eq!(name_of(t, "beggars"), Some("Tidewalkers".into()));
}

#[test]
fn a_clause_subject_inside_reported_content_leaves_the_quotation_to_the_reporter() {
    let t = "Edda Vorn says her old rival Pim Lasker ran “an honest campaign about the harbour.”";
    assert_eq!(name_of(t, "honest campaign"), Some("Edda Vorn".into()));
}

#[test]
fn a_clause_subject_without_a_reporting_speaker_keeps_the_quotation() {
    let t = "Pim Lasker ran “an honest campaign about the harbour,” and it showed.";
    assert_eq!(name_of(t, "honest campaign"), Some("Pim Lasker".into()));
}

#[test]
fn the_named_asker_of_a_passive_question_speaks_it() {
    let t = "Ivo Sand was asked by host Mara Delacourt, who has backed him before, “Will you run again next year?”";
    assert_eq!(name_of(t, "run again"), Some("Mara Delacourt".into()));
}

#[test]
fn an_unnamed_asker_of_a_passive_question_names_no_one() {
    let t = "Ivo Sand was asked by reporters, “Will you run again next year?”";
    assert_eq!(name_of(t, "run again"), None);
}

#[test]
fn a_message_noun_before_a_participle_gives_the_sender() {
    let t = "Mayor Pell Arno issued a statement saying the ferry was “safe for every family.”";
    assert_eq!(name_of(t, "every family"), Some("Pell Arno".into()));
    let t = "Sen. Ivo Brandt posted a tweet describing the deal as “a win for the docks.”";
    assert_eq!(name_of(t, "win for the docks"), Some("Ivo Brandt".into()));
}

#[test]
fn an_age_before_the_clause_subject() {
    let t = "The crowd cheered.\n\n17-year-old Lasse Varn agreed with his father:\n\n“He speaks for the harbour towns.”";
    assert_eq!(name_of(t, "harbour towns"), Some("Lasse Varn".into()));
}

#[test]
fn an_organisation_opening_the_clause_of_a_participle() {
    let t = "The Drem Gazette confirmed the count, reporting:\n\n“Every ballot was checked twice.”";
    assert_eq!(name_of(t, "ballot"), Some("Drem Gazette".into()));
}

#[test]
fn a_plural_group_opening_the_clause_of_a_participle_names_no_one() {
    let t = "Officials rejected the claim, saying, “There was no such meeting.”";
    assert_eq!(name_of(t, "no such meeting"), None);
}

#[test]
fn pointed_out_is_a_two_word_cue() {
    let t = "As the Harbour Times pointed out, “Nobody has seen the tax returns.”";
    assert_eq!(name_of(t, "tax returns"), Some("Harbour Times".into()));
    let t = "As Drem's Ivo Lind pointed out in December, “The rules can change before the vote.”";
    assert_eq!(name_of(t, "rules can change"), Some("Ivo Lind".into()));
}

#[test]
fn an_apposition_missing_its_closing_comma_before_the_verb() {
    let t = "Ines Harlow, president and chief executive of the Drem Restaurant Association stated, “It is a math problem.”";
    assert_eq!(name_of(t, "math problem"), Some("Ines Harlow".into()));
}

#[test]
fn a_description_before_of_without_a_name_names_no_one() {
    let t = "The plan, a leader of the Drem Restaurant Association said, “is a math problem.”";
    assert_ne!(
        name_of(t, "math problem"),
        Some("Drem Restaurant Association".into())
    );
}

#[test]
fn an_apposition_with_for_missing_its_closing_comma() {
    let t = "Tova Rask, the press officer for the Drem Harbour Board said in a statement. “No ferry will sail before Monday.”";
    assert_eq!(name_of(t, "No ferry"), Some("Tova Rask".into()));
}

#[test]
fn a_sentence_opening_common_noun_is_no_antecedent_for_she() {
    let t = "Mayor Ingrid Falk spoke at the pier on Monday.\n\nHours later, she issued a statement saying the ferry would “sail again by spring.”";
    assert_eq!(name_of(t, "sail again"), Some("Ingrid Falk".into()));
}

#[test]
fn a_quoted_term_does_not_stop_the_previous_paragraph_giving_its_subject() {
    let t = "What “hold the line” means is unclear, since Mayor Vera Holt spoke only in slogans.\n\n“We will not give up a single metre of the pier.”";
    assert_eq!(name_of(t, "single metre"), Some("Vera Holt".into()));
}

#[test]
fn a_longer_quotation_in_the_previous_paragraph_still_blocks_its_subject() {
    let t = "Mayor Vera Holt heard Ivo Brandt say “the pier should be sold to the highest bidder” and left.\n\n“We will not give up a single metre of the pier.”";
    assert_eq!(name_of(t, "single metre"), None);
}

#[test]
fn an_as_clause_with_a_long_tail_credits_its_subject() {
    let t = "As the Gazette's Tilde Marr reported after the council had met behind closed doors for a week:\n\n“Nobody in the chamber would name the buyer.”";
    assert_eq!(name_of(t, "name the buyer"), Some("Tilde Marr".into()));
}

#[test]
fn a_long_tail_without_as_is_no_credit() {
    // "reported" is far from the quotation and no "as" opens its clause: not its cue.
    let t = "Tilde Marr reported the vote, and after the council had met behind closed doors for a week the clerk wrote:\n\n“Nobody in the chamber would name the buyer.”";
    let cue = run(t)
        .quotes
        .iter()
        .find(|q| t[q.content.clone()].contains("name the buyer"))
        .and_then(|q| q.cue.clone())
        .map(|c| t[c].to_string());
    assert_ne!(cue.as_deref(), Some("reported"));
}

#[test]
fn a_participle_after_an_inverted_credit_or_an_adverbial() {
    // The speaker after the verb, with a role between commas.
    let t = "\"It will not be easy,\" said Erin Vasko, the harbour board's chair, referring to the repairs planned for the winter.";
    let r = reported_items(t);
    assert!(
        r.contains(&(
            "the repairs planned for the winter".into(),
            Some("Erin Vasko".into())
        )),
        "{r:?}"
    );
    // A time phrase between the verb and the participle.
    let t = "\"The plan is dead,\" Lina Marsh said in August, referring to the tunnel scheme.";
    let r = reported_items(t);
    assert!(
        r.contains(&("the tunnel scheme".into(), Some("Lina Marsh".into()))),
        "{r:?}"
    );
    let t = "\"Nobody expected the tide to turn,\" Piet Okafor said Thursday night, suggesting that the council was about to change course.";
    let r = reported_items(t);
    assert!(
        r.contains(&(
            "the council was about to change course".into(),
            Some("Piet Okafor".into())
        )),
        "{r:?}"
    );
    // A listener before the participle.
    let t =
        "\"We need calm,\" Lina Marsh told the Gazette, citing the storm damage along the coast.";
    let r = reported_items(t);
    assert!(
        r.contains(&(
            "the storm damage along the coast".into(),
            Some("Lina Marsh".into())
        )),
        "{r:?}"
    );
}

#[test]
fn a_participle_after_an_unnamed_credit_has_no_speaker() {
    let t = "Title\n\n\"It was a long night,\" said the driver, referring to the crash on the coast road.";
    let r = reported_items(t);
    assert!(r.iter().all(|(_, s)| s.is_none()), "{r:?}");
}

#[test]
fn a_fronted_speech_participle_belongs_to_the_main_subject() {
    let t =
        "Noting that the pier had been repaired twice, Ann Moy said the board would not pay again.";
    let r = reported_items(t);
    assert!(
        r.contains(&(
            "the pier had been repaired twice".into(),
            Some("Ann Moy".into())
        )),
        "{r:?}"
    );
    assert!(
        r.contains(&(
            "the board would not pay again".into(),
            Some("Ann Moy".into())
        )),
        "{r:?}"
    );
    let t = "In describing the new ferry, Piet Okafor called it a floating palace.";
    let r = reported_items(t);
    assert!(
        r.contains(&("the new ferry".into(), Some("Piet Okafor".into()))),
        "{r:?}"
    );
}

#[test]
fn fronted_participles_that_are_no_speech() {
    // "adding to", a belief, and a subject that is no person.
    for t in [
        "Adding to the confusion, Ann Moy said the ferry would run on Sunday.",
        "Fearing a collapse of the market, Ann Moy sold her shares.",
        "Noting the losses of the season, the board voted to close the pier.",
    ] {
        let r = reported_items(t);
        assert!(
            r.iter().all(|(c, _)| !c.contains("confusion")
                && !c.contains("collapse")
                && !c.contains("losses")),
            "{t}: {r:?}"
        );
    }
}

#[test]
fn promises_threats_and_refusals_report_their_infinitive() {
    for (t, content) in [
        (
            "Ilse Brandt refused to leave the burning pier.",
            "to leave the burning pier",
        ),
        (
            "Jonas Berg has vowed to close the old pier by June.",
            "to close the old pier by June",
        ),
        (
            "Marta Lund promised to cut the ferry fees.",
            "to cut the ferry fees",
        ),
        (
            "Marta Lund threatened to veto the harbour budget.",
            "to veto the harbour budget",
        ),
    ] {
        let r = reported_items(t);
        assert!(
            r.iter().any(|(c, s)| c.contains(content) && s.is_some()),
            "{t}: {r:?}"
        );
    }
    // "promised to the voters" is no infinitive; "support declined" no refusal; a threat
    // without "to" reports nothing.
    for t in [
        "Marta Lund promised to the voters on Monday.",
        "Support for the ferry declined to a new low.",
        "The storm threatened the harbour wall.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn intentions_and_agreements_report_only_their_infinitive() {
    for (t, content) in [
        (
            "Marta Lund agreed to debate Jonas Berg on the pier.",
            "to debate Jonas Berg on the pier",
        ),
        (
            "Jonas Berg decided to run for harbour master.",
            "to run for harbour master",
        ),
        (
            "Ilse Brandt hopes to reopen the ferry line by spring.",
            "to reopen the ferry line by spring",
        ),
        (
            "Marta Lund offered to pay for the new buoys.",
            "to pay for the new buoys",
        ),
    ] {
        let r = reported_items(t);
        assert!(
            r.iter().any(|(c, s)| c.contains(content) && s.is_some()),
            "{t}: {r:?}"
        );
    }
    // Without "to" a hope or an offer reports nothing; a pronoun subject right after a noun
    // opens a relative clause ("the post she hopes to win").
    for t in [
        "Marta Lund offered a reward for the lost buoys.",
        "Ilse Brandt hopes for calm seas this weekend.",
        "The post she hopes to win pays little.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn long_and_now_between_subject_and_verb_and_encouraging_as_an_act() {
    let r = reported_items("Ann Moy has long argued that the pier is unsafe.");
    assert_eq!(
        r,
        vec![("the pier is unsafe".into(), Some("Ann Moy".into()))]
    );
    let r = reported_items("Jonas Berg now says the ferry will run all winter.");
    assert_eq!(
        r,
        vec![(
            "the ferry will run all winter".into(),
            Some("Jonas Berg".into())
        )]
    );
    let r = reported_items("Marta Lund has encouraged the dockers to vote on Sunday.");
    assert!(
        r.contains(&(
            "the dockers to vote on Sunday".into(),
            Some("Marta Lund".into())
        )),
        "{r:?}"
    );
    // A description is no speaker of a speech act.
    let r = reported_items("Harbour leaders encouraged the dockers to vote on Sunday.");
    assert!(r.iter().all(|(_, s)| s.is_none()), "{r:?}");
}

#[test]
fn calling_a_person_something_is_a_speech_act() {
    let r = reported_items("Ann Moy called him a liar and a coward.");
    assert_eq!(
        r,
        vec![("him a liar and a coward".into(), Some("Ann Moy".into()))]
    );
    let r = reported_items("Jonas Berg calls Ann Moy unfit for the harbour board.");
    assert!(
        r.contains(&(
            "Ann Moy unfit for the harbour board".into(),
            Some("Jonas Berg".into())
        )),
        "{r:?}"
    );
    // A phone call, a summons, an idiom and a name given to a group report nothing.
    for t in [
        "Ann Moy called Jonas Berg on Monday.",
        "Ann Moy called Jonas Berg to the stage.",
        "Ann Moy called it a day.",
        "The dockers joined a union called Harbour Hands founded in May.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn making_clear_or_making_the_case_reports_the_clause() {
    let r = reported_items("Ann Moy made it clear that the pier would close in May.");
    assert_eq!(
        r,
        vec![("the pier would close in May".into(), Some("Ann Moy".into()))]
    );
    let r = reported_items("Jonas Berg has long made the case that the ferry needs a subsidy.");
    assert_eq!(
        r,
        vec![(
            "the ferry needs a subsidy".into(),
            Some("Jonas Berg".into())
        )]
    );
    // The clause before the subject keeps its own cue.
    let r = reported_items(
        "Though he did not praise Jonas Berg by name, Piet Okafor made clear that the port owed him a debt.",
    );
    assert!(
        r.contains(&(
            "the port owed him a debt".into(),
            Some("Piet Okafor".into())
        )),
        "{r:?}"
    );
    // "it became clear", "made the case for", a group of people.
    for t in [
        "It became clear that the pier would close in May.",
        "Ann Moy made the case for a new pier at the meeting.",
        "Several dockers made clear that they would strike in May.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn voicing_and_raising_questions_are_speech_acts() {
    let r = reported_items("Marta Lund voiced support for the new ferry line.");
    assert_eq!(
        r,
        vec![(
            "support for the new ferry line".into(),
            Some("Marta Lund".into())
        )]
    );
    let r = reported_items("Jonas Berg has raised questions about the harbour budget.");
    assert_eq!(
        r,
        vec![(
            "questions about the harbour budget".into(),
            Some("Jonas Berg".into())
        )]
    );
    // Raising money or a flag is no speech.
    for t in [
        "Jonas Berg raised money for the new lifeboat.",
        "Marta Lund raised the flag over the harbour.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn yes_no_questions_report_nothing() {
    // The writer asks whether she thinks so; nobody says it.
    for t in [
        "Does Ann Moy think the pier will reopen by May?",
        "Did the mayor say that the ferry would stop?",
        "Will voters believe that the harbour is safe?\"",
    ] {
        let r = reported_items(t);
        assert!(r.is_empty(), "{t}: {r:?}");
    }
    // The answer, and a statement ending in a question, still report.
    let r = reported_items("Ann Moy thinks the pier will reopen by May.");
    assert_eq!(
        r,
        vec![("the pier will reopen by May".into(), Some("Ann Moy".into()))]
    );
    let r = reported_items("Ann Moy asked whether the pier would reopen by May?");
    assert!(!r.is_empty(), "{r:?}");
}

#[test]
fn she_skips_a_country_that_spoke_since_to_the_woman_who_spoke_in_the_paragraph() {
    let text = "Marta Lund opened the harbour talks on Monday.\n\n\
                She said the quarrel concerned a Brelland proposal for a second pier. \
                Norvale has offered to pay for half of it. \
                \"Half a pier is no pier,\" she said.";
    assert_eq!(name_of(text, "Half a pier").as_deref(), Some("Marta Lund"));
    // A last speaker who may be "she" herself is not skipped.
    let text = "Marta Lund opened the harbour talks on Monday.\n\n\
                Kim Norvale, who chairs the pier board, said the quarrel was about money. \
                \"Half a pier is no pier,\" she said.";
    assert_eq!(name_of(text, "Half a pier").as_deref(), Some("Kim Norvale"));
}

#[test]
fn a_courtesy_title_is_no_role() {
    let text = "Irena Vasko spoke first. \"We are ready,\" Ms. Vasko said.";
    let s = speaker_of(text, "We are ready").expect("speaker");
    assert_eq!(s.name, "Irena Vasko");
    assert_eq!(s.role, None);
    let text = "\"We are ready,\" said Mr Tobias Quist.";
    let s = speaker_of(text, "We are ready").expect("speaker");
    assert_eq!((s.name.as_str(), s.role), ("Tobias Quist", None));
    // An office stays.
    let text = "\"We are ready,\" said Deputy Foreign Minister Irena Vasko.";
    let s = speaker_of(text, "We are ready").expect("speaker");
    assert_eq!(s.role.as_deref(), Some("Deputy Foreign Minister"));
}

#[test]
fn document_subject_past_its_date_and_release_participle() {
    for (t, content, who) in [
        (
            "A Harbour Gazette poll last month showed Ann Moy leading the field by nine points.",
            "Ann Moy leading the field by nine points",
            "Harbour Gazette",
        ),
        (
            "A Keelwater poll out Monday showed Moy with a clear lead over Berg.",
            "Moy with a clear lead over Berg",
            "Keelwater",
        ),
        (
            "A poll from Drem University released Wednesday found Moy ahead by 15 points.",
            "Moy ahead by 15 points",
            "Drem University",
        ),
        (
            "A Keel News poll of dock workers showed that most of them back the strike.",
            "most of them back the strike",
            "Keel News",
        ),
        (
            "A Harbour Gazette survey last week found that 63 percent of residents want a new pier.",
            "63 percent of residents want a new pier",
            "Harbour Gazette",
        ),
    ] {
        assert_eq!(
            reported_items(t),
            vec![(content.into(), Some(who.into()))],
            "{t}"
        );
    }
    // A poll someone released, a study of readers: no author named.
    for t in [
        "The poll Ann Moy released on Monday showed her team in good spirits.",
        "A study of Harbour Gazette readers last year showed a drop in sales.",
    ] {
        let r = reported_items(t);
        assert!(
            r.iter()
                .all(|(_, s)| s.as_deref() != Some("Harbour Gazette")
                    && s.as_deref() != Some("Ann Moy")),
            "{t}: {r:?}"
        );
    }
}

#[test]
fn speech_acts_after_adverbs_and_new_report_verbs() {
    for (t, content, who) in [
        (
            "Jonas Berg is once again questioning the cost of the new ferry.",
            "the cost of the new ferry",
            "Jonas Berg",
        ),
        (
            "Ann Moy has been promoting a plan to rebuild the old pier.",
            "a plan to rebuild the old pier",
            "Ann Moy",
        ),
        (
            "Ann Moy assured voters she would fix the pier.",
            "she would fix the pier",
            "Ann Moy",
        ),
        (
            "Jonas Berg reminded voters that the pier had been closed for years.",
            "the pier had been closed for years",
            "Jonas Berg",
        ),
        (
            "The Harbour Gazette has learned that the pier will close in May.",
            "the pier will close in May",
            "Harbour Gazette",
        ),
    ] {
        assert_eq!(
            reported_items(t),
            vec![(content.into(), Some(who.into()))],
            "{t}"
        );
    }
    // Learning a skill, a promotion, a question asked in the future: no speech.
    for t in [
        "Jonas Berg learned to swim in the harbour.",
        "Ann Moy was promoted by the harbour board.",
        "Jonas Berg will be questioning the budget next week.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn been_after_have_is_no_subject() {
    // "You've been" is no speaker phrase.
    let r = reported_items("You've been urging the council to act for years.");
    assert!(r.iter().all(|(_, s)| s.is_none()), "{r:?}");
}

#[test]
fn speech_act_in_a_relative_clause() {
    let r = reported_items("Jonas Berg, who endorsed Ann Moy last spring, will lead the rally.");
    assert_eq!(
        r,
        vec![("Ann Moy last spring".into(), Some("Jonas Berg".into()))]
    );
    // The person an of-phrase hangs from, not the place.
    let r = reported_items("Sen. Ann Moy of Drem, who criticized the harbour plan, left early.");
    assert_eq!(r, vec![("the harbour plan".into(), Some("Ann Moy".into()))]);
    // Backing up, backing off: no speech.
    for t in [
        "Ann Moy, who backed up her truck to the pier, left early.",
        "Jonas Berg, who backed off the plan in May, left early.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn views_with_as_and_wants_with_an_infinitive() {
    for (t, content, who) in [
        (
            "Ann Moy sees the pier as a symbol of the town.",
            "the pier as a symbol of the town",
            "Ann Moy",
        ),
        (
            "Jonas Berg has cast the strike as a fight for fair pay.",
            "the strike as a fight for fair pay",
            "Jonas Berg",
        ),
        (
            "Jonas Berg wants the council to pay for the new pier.",
            "the council to pay for the new pier",
            "Jonas Berg",
        ),
    ] {
        assert_eq!(
            reported_items(t),
            vec![(content.into(), Some(who.into()))],
            "{t}"
        );
    }
    // Seeing a thing, casting a net, wanting a thing, being seen as something: no view.
    for t in [
        "Ann Moy saw the ferry leave the harbour.",
        "Jonas Berg cast a net off the pier.",
        "Ann Moy wants a new boat.",
        "Jonas Berg is seen as a rival to Ann Moy.",
        "Ann Moy seeks a second term as mayor.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn gerund_after_by_is_the_subjects_act() {
    let r = reported_items("Ann Moy opened the meeting by praising the harbour crews.");
    assert_eq!(
        r,
        vec![("the harbour crews".into(), Some("Ann Moy".into()))]
    );
    let r = reported_items("Jonas Berg won the debate by saying the pier would reopen in May.");
    assert_eq!(
        r,
        vec![(
            "the pier would reopen in May".into(),
            Some("Jonas Berg".into())
        )]
    );
    // A passive's agent, a gerund with no speech.
    for t in [
        "The pier was saved by sailing crews from Drem.",
        "Ann Moy won the race by sailing through the night.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn document_author_after_a_longer_phrase() {
    let t = "The pier was sold in 2019, according to a lawsuit filed in Drem by Ann Moy.";
    assert_eq!(name_of(t, "pier was sold"), Some("Ann Moy".into()));
    let t =
        "Ferry use rose by a third, according to an analysis of port data by the Harbour Gazette.";
    assert_eq!(name_of(t, "Ferry use"), Some("Harbour Gazette".into()));
    // A survey taken by phone names no author.
    let t = "Ferry use rose by a third, according to a survey of riders taken by phone.";
    assert_eq!(name_of(t, "Ferry use"), None);
}

#[test]
fn sentence_initial_word_before_a_document_is_no_author() {
    let t = "Recent polling shows that Ann Moy leads the race.";
    assert_eq!(name_of(t, "leads the race"), None);
    let t = "Exit surveys found that most voters backed the pier.";
    assert_eq!(name_of(t, "most voters"), None);
}

#[test]
fn document_author_with_and_in_its_name() {
    let t =
        "The pier was unsafe, according to a complaint filed by the Harbour and Ferry Commission.";
    assert_eq!(
        name_of(t, "pier was unsafe"),
        Some("Harbour and Ferry Commission".into())
    );
    // Two authors: no one speaker.
    let t = "The pier was unsafe, according to a complaint filed by the Harbour Board and a report by Drem.";
    assert_eq!(name_of(t, "pier was unsafe"), None);
}

#[test]
fn participle_after_a_dash_or_while() {
    let r =
        reported_items("Jonas Berg changed his mind on the spot – saying he would back the ferry.");
    assert_eq!(
        r,
        vec![("he would back the ferry".into(), Some("Jonas Berg".into()))]
    );
    let r = reported_items("Ann Moy backed the budget while saying that the pier was safe.");
    assert!(
        r.contains(&("the pier was safe".into(), Some("Ann Moy".into()))),
        "{r:?}"
    );
    // A gerund after a dash with no speech.
    let r = reported_items("Jonas Berg left the harbour – sailing north for the winter.");
    assert!(r.iter().all(|(_, s)| s.is_none()), "{r:?}");
}

#[test]
fn phrasal_speech_acts_and_orders() {
    for (t, content, who) in [
        (
            "Ann Moy laid out her plan for the harbour.",
            "her plan for the harbour",
            "Ann Moy",
        ),
        (
            "Jonas Berg went after Moy's record on the ferry.",
            "Moy's record on the ferry",
            "Jonas Berg",
        ),
        (
            "Ann Moy spoke of the strain on the crews.",
            "the strain on the crews",
            "Ann Moy",
        ),
        (
            "Judge Ann Moy ordered that the records be released by Friday.",
            "the records be released by Friday",
            "Ann Moy",
        ),
    ] {
        assert_eq!(
            reported_items(t),
            vec![(content.into(), Some(who.into()))],
            "{t}"
        );
    }
    for t in [
        "Jonas Berg went after the meeting to the pier.",
        "Ann Moy laid the keel in May.",
        "Jonas Berg ordered a new boat.",
        "Ann Moy is going to the pier.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn order_as_a_noun_is_no_cue() {
    for t in [
        "Ann Moy called the executive orders quite dangerous for the port.",
        "Jonas Berg sold the boat in order to pay for the pier.",
    ] {
        let r = reported_items(t);
        assert!(
            r.iter()
                .all(|(c, _)| !c.starts_with("to pay") && !c.starts_with("quite")),
            "{t}: {r:?}"
        );
    }
}

#[test]
fn named_groups_of_advisers_and_allies_speak() {
    let r = reported_items("Moy advisers say the pier will reopen in May.");
    assert_eq!(
        r,
        vec![(
            "the pier will reopen in May".into(),
            Some("Moy advisers".into())
        )]
    );
    let r = reported_items("Mrs. Moy's allies said the plan would work.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the plan would work");
    // An unnamed group is no speaker.
    let r = reported_items("Her advisers said the plan would work.");
    assert!(r.iter().all(|(_, s)| s.is_none()), "{r:?}");
}

#[test]
fn unnamed_strategists_are_no_speaker() {
    for t in [
        "The pier will reopen in May, strategists said.",
        "Some party strategists say the pier will reopen in May.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn advisers_a_name_owns_speak() {
    let r = reported_items("Mrs. Moy's advisers said the plan would work.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(
        r[0].1.as_deref().is_some_and(|s| s.contains("Moy")),
        "{r:?}"
    );
}

#[test]
fn passive_speech_with_a_named_agent() {
    let r = reported_items("The new pier has been endorsed by the Keelwater Dock Union.");
    assert_eq!(
        r,
        vec![("The new pier".into(), Some("Keelwater Dock Union".into()))]
    );
    let r = reported_items("The closure was first reported by the Harbour Gazette.");
    assert_eq!(
        r,
        vec![("The closure".into(), Some("Harbour Gazette".into()))]
    );
    for t in [
        "Ann Moy was told by Jonas Berg that the pier would close.",
        "The pier was built by dock workers in May.",
        "The plan was praised by many residents.",
    ] {
        let r = reported_items(t);
        assert!(
            r.iter()
                .all(|(_, s)| s.as_deref() != Some("Jonas Berg") && s.is_none()),
            "{t}: {r:?}"
        );
    }
}

#[test]
fn as_reported_by_credits_the_rest_of_the_sentence() {
    let r = reported_items("As reported by the Harbour Gazette, the pier will close in May.");
    assert_eq!(
        r,
        vec![(
            "the pier will close in May".into(),
            Some("Harbour Gazette".into())
        )]
    );
    let r = reported_items("When praised by the Harbour Gazette, the crews were pleased.");
    assert!(r.iter().all(|(_, s)| s.is_none()), "{r:?}");
}

#[test]
fn refusing_to_say_whether() {
    for t in [
        "Ann Moy wouldn't say whether she will run again.",
        "Ann Moy isn't saying whether she will run again.",
        "Ann Moy would not discuss whether she will run again.",
    ] {
        assert_eq!(
            reported_items(t),
            vec![("whether she will run again".into(), Some("Ann Moy".into()))],
            "{t}"
        );
    }
    // Not saying hello, not a question.
    for t in [
        "Ann Moy didn't say hello to the crews.",
        "The ferry does not say when it leaves.",
    ] {
        let r = reported_items(t);
        assert!(r.iter().all(|(_, s)| s.is_none()), "{t}: {r:?}");
    }
}

#[test]
fn participle_between_the_subject_and_its_verb() {
    let r = reported_items("The Keelwater Dock Union, citing safety concerns, closed the pier.");
    assert_eq!(
        r,
        vec![(
            "safety concerns".into(),
            Some("Keelwater Dock Union".into())
        )]
    );
    // A list, not a subject with its participle clause.
    let r = reported_items("Ann Moy, praising the crews, the pier and the ferry.");
    assert!(r.iter().all(|(_, s)| s.is_none()), "{r:?}");
}

#[test]
fn writing_in_a_paper_between_subject_and_verb_is_no_content() {
    let r = reported_items("Ann Moy, writing in the Harbour Gazette, said the pier would close.");
    assert_eq!(
        r,
        vec![("the pier would close".into(), Some("Ann Moy".into()))]
    );
}

#[test]
fn capitalised_poll_after_its_author() {
    let t = "Most residents back the pier, according to a Keelwater Poll taken last week.";
    assert_eq!(name_of(t, "Most residents"), Some("Keelwater".into()));
}

#[test]
fn acts_after_taking_an_occasion() {
    let r = reported_items("Jonas Berg took to the radio to criticize the harbour board.");
    assert_eq!(
        r,
        vec![("the harbour board".into(), Some("Jonas Berg".into()))]
    );
    let r = reported_items("Ann Moy used the hearing to attack Berg's budget.");
    assert_eq!(r, vec![("Berg's budget".into(), Some("Ann Moy".into()))]);
    // Urging someone else to act: not the subject's act.
    let r = reported_items("Ann Moy urged the crews to criticize the board.");
    assert!(r.iter().all(|(c, _)| c != "the board"), "{r:?}");
}

#[test]
fn relative_clause_past_auxiliaries() {
    let r = reported_items("Jonas Berg, who had previously endorsed Ann Moy, will lead the rally.");
    assert_eq!(r, vec![("Ann Moy".into(), Some("Jonas Berg".into()))]);
}

#[test]
fn possessive_message_speaks_for_its_owner() {
    let t =
        "The Harbour Board's statement said that \"the pier will close on Monday for repairs.\"";
    assert_eq!(name_of(t, "pier will close"), Some("Harbour Board".into()));
    let t = "Ann Moy's letter said the pier was \"unsafe for anyone to walk on at night.\"";
    assert_eq!(name_of(t, "unsafe"), Some("Ann Moy".into()));
    let t = "Jonas Berg spoke on Friday. His letter to the council said the pier was \"unsafe for anyone at night, in any weather.\"";
    assert_eq!(name_of(t, "unsafe"), Some("Jonas Berg".into()));
    // A person's lawyer is not the person, and a message without an owner names no one.
    let t = "Ann Moy's lawyer said the pier was \"never safe to begin with, in any season.\"";
    assert_ne!(name_of(t, "never safe"), Some("Ann Moy".into()));
    let t =
        "A letter to the council said the pier was \"unsafe for anyone at night, in any weather.\"";
    assert_eq!(name_of(t, "unsafe"), None);
}

#[test]
fn transcript_labels_in_capitals() {
    let t = "Governor Ann Moy spoke with host Jonas Berg about the harbour.\n\nBERG: Will the pier close this year, and what will it cost the town?\n\nMOY: Honestly, I think the pier must close until we have repaired it.\n\n\"MOY: Well, look, the pier is old and everyone knows that it needs work.\"";
    assert_eq!(name_of(t, "what will it cost"), Some("BERG".into()));
    assert_eq!(name_of(t, "until we have repaired"), Some("MOY".into()));
    assert_eq!(name_of(t, "everyone knows"), Some("MOY".into()));
    // Capitals labels the text never uses as a name are no speakers.
    let t = "The pier was closed in May.\n\nUPDATE: The pier reopened on Monday after repairs were finished.\n\nEXCLUSIVE: The harbour will get a new pier and a ferry next year.";
    let a = run(t);
    assert!(
        a.quotes.iter().all(|q| q.speaker.is_none()),
        "{:?}",
        a.quotes
    );
    // A title in quotation marks inside a sentence is no transcript turn.
    let t = "Jonas Berg wrote a book, \"Harbour Lights: The Many Lives of Ann Moy,\" with his old publisher.";
    assert_eq!(name_of(t, "Many Lives"), None);
}

#[test]
fn according_to_documents_with_their_authors() {
    let r = reported_items(
        "A living wage is about $12 an hour, according to calculations by Marta Lund of the Harbour Institute.",
    );
    assert_eq!(
        r,
        vec![(
            "A living wage is about $12 an hour".into(),
            Some("Marta Lund".into())
        )]
    );
    let r = reported_items(
        "Ferry traffic rose by a third, according to an average of recent counts compiled by the Harbour Board.",
    );
    assert_eq!(
        r,
        vec![(
            "Ferry traffic rose by a third".into(),
            Some("Harbour Board".into())
        )]
    );
    let r = reported_items(
        "(According to the Harbour Board, it keeps no records of the ferry delays.)",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, Some("Harbour Board".into()));
    // A lawsuit filed in a city is not by the city.
    let r = reported_items(
        "The pier was sold twice, according to a lawsuit filed in Westport by a former owner.",
    );
    assert!(
        r.iter().all(|(_, s)| s.as_deref() != Some("Westport")),
        "{r:?}"
    );
}

#[test]
fn quotation_sentence_continues_reported_speaker() {
    let t = "Then Jonas Berg said that the pier would close in May. \"That leaves the fishermen two months, and the town no choice.\"";
    assert_eq!(name_of(t, "two months"), Some("Jonas Berg".into()));
    // The reported speech keeps its own speaker too.
    let r = reported_items(t);
    assert!(
        r.contains(&(
            "the pier would close in May".into(),
            Some("Jonas Berg".into())
        )),
        "{r:?}"
    );
    // Not when the quotation has words of its own after it, nor after a group's report.
    let t = "Jonas Berg said that the pier would close in May. \"That leaves two months,\" Marta Lund replied.";
    assert_eq!(name_of(t, "two months"), Some("Marta Lund".into()));
    let t = "The dockers said that the pier would close in May. \"That leaves the fishermen two months, and the town no choice.\"";
    assert_eq!(name_of(t, "two months"), None);
    // A sentence whose report ends before its last words is no report of its end.
    let t = "Jonas Berg said the pier was old when the storm hit the town last year. \"We lost the ferry too, and the harbour.\"";
    assert!(
        name_of(t, "lost the ferry").is_none()
            || name_of(t, "lost the ferry") == Some("Jonas Berg".into())
    );
}

#[test]
fn number_opening_a_role_before_a_name() {
    let t = "\"We will win this, and we will win it big,\" said 9/11 widow Ann Moy.";
    assert_eq!(name_of(t, "win it big"), Some("Ann Moy".into()));
    let t = "\"We will win this, and we will win it big,\" said 2012 nominee Jonas Berg.";
    assert_eq!(name_of(t, "win it big"), Some("Jonas Berg".into()));
    // A count of people names no one.
    let t = "\"We will win this, and we will win it big,\" said 2 dockers at the pier.";
    assert_eq!(name_of(t, "win it big"), None);
}

#[test]
fn nominal_claims_belong_to_their_owner() {
    // The speaker of the quotation (not of reported speech around it) holding `needle`.
    let quoted = |t: &str, needle: &str| {
        run(t)
            .quotes
            .into_iter()
            .find(|q| q.kind != Kind::Reported && t[q.content.clone()].contains(needle))
            .and_then(|q| q.speaker.map(|s| s.name))
    };
    // A partial quotation inside the "that" clause is the owner's, not the verb subject's.
    let t = "Ann Moy rejected Jonas Berg's argument that the pier was \"perfectly safe for anyone at night.\"";
    assert_eq!(quoted(t, "perfectly safe"), Some("Jonas Berg".into()));
    let t = "Jonas Berg's claim that the pier was \"perfectly safe for anyone\" drew laughter.";
    assert_eq!(quoted(t, "perfectly safe"), Some("Jonas Berg".into()));
    // The claim is reported with its owner, next to the act that rejects it.
    let r = reported_items(
        "Ann Moy rejected Jonas Berg's claim that the pier was unsafe for anyone at night.",
    );
    assert!(
        r.contains(&(
            "the pier was unsafe for anyone at night".into(),
            Some("Jonas Berg".into())
        )),
        "{r:?}"
    );
    // A possessive pronoun is the clause subject's.
    let t = "Marta Lund spoke first. Later, Ann Moy repeated her warning that the ferry would \"stop running by the end of May.\"";
    assert_eq!(quoted(t, "stop running"), Some("Ann Moy".into()));
    // The main clause after the claim is the speaker's own: two finite verbs before the
    // quotation.
    let t = "Ann Moy said on Monday that Jonas Berg's claim that the pier is safe is \"simply not true at all.\"";
    assert_eq!(quoted(t, "simply not true"), Some("Ann Moy".into()));
    // A relative clause after the noun reports nothing.
    let r = reported_items(
        "Voters will shape the Harbour Party's message that is sent to the town next spring.",
    );
    assert!(
        r.iter().all(|(_, s)| s.as_deref() != Some("Harbour Party")),
        "{r:?}"
    );
}

#[test]
fn message_participles_and_going_on_to_say() {
    // "issued a statement saying …": the sender is the clause subject, for the coordinated
    // "and said" too.
    let t = "Harbour Board President Ann Moy issued a statement saying his plan \"has no place in our town\" and said the council will have a \"day of reckoning soon enough.\"";
    assert_eq!(name_of(t, "no place"), Some("Ann Moy".into()));
    assert_eq!(name_of(t, "day of reckoning"), Some("Ann Moy".into()));
    // "shot back" is a verb after its subject.
    let t = "Jonas Berg shot back in a statement, saying he has \"made a lot of money in down markets.\"";
    assert_eq!(name_of(t, "lot of money"), Some("Jonas Berg".into()));
    // "went on to say" before a partial quotation.
    let t = "Ann Moy went on to say she is \"confident\" that after the vote \"the two towns will do great things together.\"";
    assert_eq!(name_of(t, "great things"), Some("Ann Moy".into()));
    // "went on to" another verb is no speech.
    let t = "Ann Moy went on to win the vote, and Jonas Berg said the pier was \"a danger to everyone who walks on it.\"";
    assert_eq!(name_of(t, "a danger"), Some("Jonas Berg".into()));
}

#[test]
fn message_phrases_that_name_no_speaker() {
    // A participle after a possessive message that is the subject of a complement clause.
    let t = "Ann Moy says Jonas Berg's early-morning tweets accusing Piet Okafor of having a criminal record are \"lies and conspiracy theories.\"";
    let q = run(t)
        .quotes
        .into_iter()
        .find(|q| q.kind != Kind::Reported && t[q.content.clone()].contains("conspiracy"))
        .expect("quote");
    assert_ne!(q.speaker.map(|s| s.name), Some("Jonas Berg".into()));
    // An object message's participle is its owner's words.
    let t = "Later that summer, Ann Moy revised her statement explaining that she had not seen the \"reports marked secret at the time.\"";
    assert_eq!(name_of(t, "marked secret"), Some("Ann Moy".into()));
    // A relative clause after the message has its own subject.
    let r = reported_items("The harbour case was a lawsuit in which the dockers successfully argued that the board had cut their pay.");
    assert!(
        r.iter().all(|(_, s)| s.as_deref() != Some("lawsuit")),
        "{r:?}"
    );
    // A name cut short at "and" is no author.
    let r = reported_items(
        "The pier was sold twice, according to a complaint filed by the federal Harbour and Ferry Commission.",
    );
    assert!(
        r.iter().all(|(_, s)| s.as_deref() != Some("Harbour")),
        "{r:?}"
    );
}

#[test]
fn owned_words_with_comma_and_phrase() {
    let t = "Jonas Berg ran the paper for years. Berg's dictum to his interns was, \"It is not a good story if nobody is angry.\"";
    assert_eq!(name_of(t, "good story"), Some("Jonas Berg".into()));
    let t = "Ann Moy's mantra: \"Build the pier, then build the ferry, then build the town.\"";
    assert_eq!(name_of(t, "build the ferry"), Some("Ann Moy".into()));
    // A comma after "was" with no owner's words before it names no one.
    let t = "The weather was, \"frankly, awful for everyone on the pier that week.\"";
    assert_eq!(name_of(t, "awful"), None);
}

#[test]
fn participle_after_negated_auxiliary() {
    let t = "Jonas Berg didn't seem impressed with the plan on Tuesday, telling reporters, \"A lot of people said the pier should close.\"";
    assert_eq!(name_of(t, "pier should close"), Some("Jonas Berg".into()));
    let t = "Ann Moy wasn’t pleased, telling reporters, “The ferry should stop.”";
    assert_eq!(name_of(t, "ferry should stop"), Some("Ann Moy".into()));
    // The one told is still not the speaker.
    let t = "The board didn't wait, telling Jonas Berg, \"The pier closes today.\"";
    assert_ne!(name_of(t, "pier closes"), Some("Jonas Berg".into()));
}

#[test]
fn participle_after_outlet_possessive_name() {
    let t = "Amid the debate, the Gazette's Ann Moy offered a defence of the plan, saying it is necessary to \"keep the harbour open.\"";
    assert_eq!(name_of(t, "harbour open"), Some("Ann Moy".into()));
    // A possessive before a non-name is no speaker of its own.
    let t = "The Gazette's editorial offered a defence of the plan, saying it is necessary to \"keep the harbour open.\"";
    assert_ne!(name_of(t, "harbour open"), Some("Gazette".into()));
}

#[test]
fn participle_after_several_appositions() {
    let t = "Ann Moy, founder of the Drem Sailing Club, board member in the 1990s and longtime harbour master, endorsed Berg last week, saying he \"has always been loyal to the town.\"";
    assert_eq!(name_of(t, "loyal to the town"), Some("Ann Moy".into()));
    // A list of names is no apposition.
    let t =
        "Ann Moy, Piet Okafor, Jonas Berg and others went home, saying only \"goodnight to all.\"";
    assert_ne!(name_of(t, "goodnight"), Some("Ann Moy".into()));
}

#[test]
fn apposition_with_plural_possessive_owner() {
    let t = "Jonas Berg, Moyers' senior media adviser, said critics are engaged in misguided \"mischief\" that shows their \"disconnect with the town.\"";
    assert_eq!(name_of(t, "disconnect"), Some("Jonas Berg".into()));
    // A capitalised word after the comma that is no possessive opens no apposition.
    let t = "Jonas Berg, Moyers and Lund said the \"pier is finished.\"";
    assert_ne!(name_of(t, "pier is finished"), Some("Jonas Berg".into()));
}

#[test]
fn opined_is_a_speech_verb() {
    let t = "\"The ferry is late again,\" opined the Drem Gazette.";
    assert_eq!(name_of(t, "ferry is late"), Some("Drem Gazette".into()));
    let t = "Ann Moy spoke first. \"The ferry is late again,\" opined Jonas Berg.";
    assert_eq!(name_of(t, "ferry is late"), Some("Jonas Berg".into()));
}

#[test]
fn speech_verb_form_after_of_is_a_noun() {
    let t = "“We had better years than this one,” Ann Moy, assistant secretary of state for ports, said on the same call.";
    assert_eq!(name_of(t, "better years"), Some("Ann Moy".into()));
    // A gerund after "of" is still a participle cue.
    let t = "Jonas Berg accused the board of saying \"the pier is finished.\"";
    assert_ne!(name_of(t, "pier is finished"), Some("board".into()));
}

#[test]
fn participle_after_long_later_apposition() {
    let t = "Ann Moy, founder of the Drem Club, board member in the 1990s and long time harbour master of old Drem, endorsed Berg last week, saying he \"has always been loyal.\"";
    assert_eq!(name_of(t, "always been loyal"), Some("Ann Moy".into()));
    // A clause that never reaches a verb after its commas names no one.
    let t = "Ann Moy, founder of the Drem Club, the harbour and the pier in the old town of the Western Isles near Drem, the ferry, saying \"it has always been loyal.\"";
    assert_ne!(name_of(t, "always been loyal"), Some("Ann Moy".into()));
}

#[test]
fn who_with_auxiliary_before_cue() {
    let t =
        "Contrast that with Ann Moy, who has called the ferry plan \"insanity,\" and the board.";
    assert_eq!(name_of(t, "insanity"), Some("Ann Moy".into()));
    let t = "Jonas Berg, who has long called the pier \"a relic,\" stayed home.";
    assert_eq!(name_of(t, "relic"), Some("Jonas Berg".into()));
    // Not the name of a different clause: the one "who" follows is the object.
    let t = "The board thanked Ann Moy and her staff, who have worked hard. Berg called it \"a fine day.\"";
    assert_ne!(name_of(t, "fine day"), Some("Ann Moy".into()));
}

#[test]
fn message_that_said_and_ad_participle() {
    let t = "Ann Moy released a video that said, \"We are going to have the best teachers.\"";
    assert_eq!(name_of(t, "best teachers"), Some("Ann Moy".into()));
    let t = "After the storm, Ann Moy released a radio ad calling it \"dangerous\" that the board \"has no plan.\"";
    assert_eq!(name_of(t, "has no plan"), Some("Ann Moy".into()));
    // "that" before a speech-verb noun is still a determiner.
    let t = "Nobody liked that statement. \"The pier is closed,\" a sign read.";
    assert_ne!(name_of(t, "pier is closed"), Some("Nobody".into()));
}

#[test]
fn participle_coordinated_with_earlier_participle() {
    let t = "Ann Moy took a modest tone, praising the crew and telling the class, \"Be small.\"";
    assert_eq!(name_of(t, "Be small"), Some("Ann Moy".into()));
    // Without an earlier participle after a comma, "and telling" has no clause subject.
    let t = "The crew and telling the class were both hard for Ann Moy, \"Be small.\"";
    assert_ne!(name_of(t, "Be small"), Some("crew".into()));
}

#[test]
fn title_case_words_after_speech_verb_and_comma() {
    let t = "Ann Moy, who also campaigned in the town this week, tweeted, \"Thank you Drem! #Moy2016\" on Friday afternoon.";
    assert_eq!(name_of(t, "Thank you Drem"), Some("Ann Moy".into()));
    // A title without the comma after the verb stays a title.
    let t = "Ann Moy wrote \"The Harbour Book\" in 2001 and sold it to the board.";
    assert!(run(t)
        .quotes
        .iter()
        .all(|q| q.kind == Kind::Reported || !t[q.content.clone()].contains("Harbour Book")));
    let t = "On “Meet the Harbour,” Ann Moy said the pier would close.";
    assert!(run(t)
        .quotes
        .iter()
        .all(|q| q.kind == Kind::Reported || !t[q.content.clone()].contains("Meet the")));
}

#[test]
fn lone_participle_continues_previous_sentence() {
    let t = "Later in the show, Jonas Berg stated of the scandal that the report “was not good.” Adding, “Now, like with all harbour scandals, it will pass.”";
    assert_eq!(name_of(t, "it will pass"), Some("Jonas Berg".into()));
    // No person opens the previous sentence: no speaker.
    let t = "The storm hit the pier on Monday. Adding, “Nothing will pass.”";
    assert_eq!(name_of(t, "Nothing will pass"), None);
}

#[test]
fn plural_possessive_inside_an_organisation_name() {
    let r = reported_items(
        "The Saltreach Dockworkers’ Union has threatened to strike at the container terminal.",
    );
    assert_eq!(
        r,
        vec![(
            "to strike at the container terminal".into(),
            Some("Saltreach Dockworkers’ Union".into())
        )]
    );
    // Not through a possessive before a person's name: "Moy" heads no organisation.
    let r = reported_items("The Harbour Dockworkers’ Ann Moy said the strike would go ahead.");
    assert!(
        r.iter()
            .all(|(_, s)| s.as_deref() != Some("Harbour Dockworkers’ Ann Moy")),
        "{r:?}"
    );
    assert!(
        r.iter().any(|(_, s)| s.as_deref() == Some("Ann Moy")),
        "{r:?}"
    );
}

#[test]
fn as_put_it_with_a_short_adverbial_after_it() {
    let t = "The ferry master was, as the Coastline Gazette put it in a long profile, “the last of the old captains.”";
    assert_eq!(
        name_of(t, "last of the old").as_deref(),
        Some("Coastline Gazette")
    );
    let t = "As Mayor Ilse Varga put it on Monday: “We cannot dredge our way out of this.”";
    assert_eq!(name_of(t, "dredge").as_deref(), Some("Ilse Varga"));
    // Putting a thing somewhere, or to a vote, is not speech.
    let t =
        "As Ilse Varga put it back on the shelf, “mind the glass,” a clerk whispered from behind.";
    assert_ne!(name_of(t, "mind the glass").as_deref(), Some("Ilse Varga"));
    let t = "As the council put it to a vote in March, the word “dredging” was on every poster.";
    assert_eq!(name_of(t, "dredging"), None);
}

#[test]
fn a_finding_verb_after_a_comma_does_not_invert_onto_its_object() {
    // "shows" and "knew" take the name as their object: no speaker after the verb.
    let t = "A Harbour Gazette survey, carried out with Drem College, shows Ivo Marsh with a clear lead.";
    assert!(
        reported_items(t)
            .iter()
            .all(|(_, s)| s.as_deref() != Some("Ivo Marsh")),
        "{:?}",
        reported_items(t)
    );
    let t = "The old ferryman, a regular at the pier, knew Vera Lindqvist for decades.";
    assert!(
        run(t)
            .quotes
            .iter()
            .all(|q| q.speaker.as_ref().map(|s| s.name.as_str()) != Some("Vera Lindqvist")),
        "{:?}",
        run(t).quotes
    );
    // A speech verb still inverts, with an adverbial after the name.
    let t = "The pier will reopen in May, said Ivo Marsh on Tuesday.";
    assert_eq!(
        reported_items(t),
        vec![(
            "The pier will reopen in May".into(),
            Some("Ivo Marsh".into())
        )]
    );
}

#[test]
fn a_time_phrase_between_the_speech_verb_and_its_clause() {
    let t = "Ann Moy said Tuesday the ferry would run again.";
    assert_eq!(
        reported_items(t),
        vec![("the ferry would run again".into(), Some("Ann Moy".into()))]
    );
    let t = "Ivo Marsh told reporters on Friday night that the toll was too high.";
    assert_eq!(
        reported_items(t),
        vec![("the toll was too high".into(), Some("Ivo Marsh".into()))]
    );
    let t = "Ann Moy said last week the ferry would run again.";
    assert_eq!(
        reported_items(t),
        vec![("the ferry would run again".into(), Some("Ann Moy".into()))]
    );
    // The day is the clause's subject: it stays in the content.
    let t = "Ann Moy said Tuesday was the busiest day of the season.";
    assert_eq!(
        reported_items(t),
        vec![(
            "Tuesday was the busiest day of the season".into(),
            Some("Ann Moy".into())
        )]
    );
    // Only adverbials after the day: nothing is reported.
    let t = "Ivo Marsh said Sunday in Drem as the crowd cheered.";
    assert!(reported_items(t).is_empty(), "{:?}", reported_items(t));
}

#[test]
fn relative_clause_past_a_time_phrase_and_after_an_organisation() {
    let t = "Former mayor Ann Moy, who on Tuesday endorsed Ivo Marsh, spoke at the pier.";
    assert!(
        reported_items(t)
            .iter()
            .any(|(c, s)| c == "Ivo Marsh" && s.as_deref() == Some("Ann Moy")),
        "{:?}",
        reported_items(t)
    );
    let t = "The Drem Gazette, which said the pier was unsafe, printed a correction.";
    assert_eq!(
        reported_items(t),
        vec![("the pier was unsafe".into(), Some("Drem Gazette".into()))]
    );
    // "which" after a description: no one is named.
    let t = "The ferry company, which said the pier was unsafe, printed a notice.";
    assert!(
        reported_items(t).iter().all(|(_, s)| s.is_none()),
        "{:?}",
        reported_items(t)
    );
}

#[test]
fn a_passive_question_is_the_askers() {
    let t = "Asked by host Vera Lindqvist whether the ferry would run, Ann Moy said it would run daily.";
    let r = reported_items(t);
    assert!(
        r.iter()
            .any(|(c, s)| c == "whether the ferry would run"
                && s.as_deref() == Some("Vera Lindqvist")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|(c, s)| c == "it would run daily" && s.as_deref() == Some("Ann Moy")),
        "{r:?}"
    );
    let t = "When asked by Ivo Marsh on Thursday about raising the harbour toll, Ann Moy shrugged.";
    assert_eq!(
        reported_items(t),
        vec![("raising the harbour toll".into(), Some("Ivo Marsh".into()))]
    );
    // An unnamed asker, or a request rather than a question to a named asker: no speaker.
    let t = "Asked by reporters whether she would run, Ann Moy smiled.";
    assert!(
        reported_items(t).iter().all(|(_, s)| s.is_none()),
        "{:?}",
        reported_items(t)
    );
    let t = "Ann Moy was asked by the harbour board to leave the pier at once.";
    assert!(
        reported_items(t).iter().all(|(_, s)| s.is_none()),
        "{:?}",
        reported_items(t)
    );
}

#[test]
fn a_longer_parenthetical_aside_between_subject_and_verb() {
    let t = "Sen. Ann Moy (a Drem Democrat so young she has been mistaken for an intern) says she was adrift after the vote.";
    assert_eq!(
        reported_items(t),
        vec![(
            "she was adrift after the vote".into(),
            Some("Ann Moy".into())
        )]
    );
    // A long parenthetical that is no apposition: no speaker through it.
    let t =
        "Ann Moy (nobody in the harbour towns expected such a large margin) says she will serve.";
    assert!(
        reported_items(t).iter().all(|(_, s)| s.is_none()),
        "{:?}",
        reported_items(t)
    );
}

#[test]
fn a_full_name_in_apposition_to_an_opening_indefinite_phrase() {
    let t =
        "Another delegate on the harbour slate, Ivo Marsh, said he was leaning toward the toll.";
    assert_eq!(
        reported_items(t),
        vec![(
            "he was leaning toward the toll".into(),
            Some("Ivo Marsh".into())
        )]
    );
    let t = "And a third, Karl Vos, said that he opposed the plan outright.";
    assert_eq!(
        reported_items(t),
        vec![(
            "he opposed the plan outright".into(),
            Some("Karl Vos".into())
        )]
    );
    // The name is the addressee of a message, which is what spoke.
    let t = "A letter to the harbour master, Karl Vos, said the pier would close in May.";
    assert!(
        reported_items(t)
            .iter()
            .all(|(_, s)| s.as_deref() != Some("Karl Vos")),
        "{:?}",
        reported_items(t)
    );
}

#[test]
fn calling_a_titled_person_or_a_thing_something() {
    let t = "Vera Lindqvist called Mrs. Moy a fraud and a liar.";
    assert_eq!(
        reported_items(t),
        vec![(
            "Mrs. Moy a fraud and a liar".into(),
            Some("Vera Lindqvist".into())
        )]
    );
    let t = "Ivo Marsh called the closure a reason for the city to rebuild the pier.";
    assert_eq!(
        reported_items(t),
        vec![(
            "the closure a reason for the city to rebuild the pier".into(),
            Some("Ivo Marsh".into())
        )]
    );
    // A telephone call, and a meeting called to order: nothing said.
    for t in [
        "Karl Vos called the office a day later to complain about the toll.",
        "Karl Vos called the meeting to order at noon.",
    ] {
        assert!(reported_items(t).is_empty(), "{t}: {:?}", reported_items(t));
    }
}

#[test]
fn sentence_opening_possessive_full_name_is_a_pronoun_antecedent() {
    let story = |second: &str| {
        format!("Tom Brandt and Karl Vos ran the port board in 1990.\n\n{second}\n\nIn his debut, the former mayor gave a crowd a warm endorsement of Nora Brandt. He did not mention his own record.\n\n\"When we met, we fell in love,\" he told them.")
    };
    let t = story("Tom Brandt's hair was whiter than in 1992, when he ran for the seat himself.");
    assert_eq!(name_of(&t, "we fell in love"), Some("Tom Brandt".into()));
    // Inside a sentence the possessor is no subject: not the speaker.
    let t = story("Voters recalled that Tom Brandt's hair was darker in 1992.");
    assert_ne!(name_of(&t, "we fell in love"), Some("Tom Brandt".into()));
}

#[test]
fn bare_name_is_not_the_campaign_named_after_it() {
    let t = "Moy campaign spokeswoman Ida Berg said the ferry vote was close.\n\n\"We will win the harbour seat,\" Moy said at the pier.";
    assert_eq!(name_of(t, "harbour seat"), Some("Moy".into()));
    // A company whose name opens with the word is still that company.
    let t = "Brightline Systems won the ferry contract on Monday.\n\n\"We will build the new terminal by spring,\" Brightline said.";
    assert_eq!(
        name_of(t, "new terminal"),
        Some("Brightline Systems".into())
    );
}

#[test]
fn using_a_quoted_term_is_saying_it() {
    let t = "Ann Moy has used the phrase “harbour first” often in her campaign.";
    let r = reported_items(t);
    assert!(
        r.iter()
            .any(|(c, s)| c.contains("harbour first") && s.as_deref() == Some("Ann Moy")),
        "{r:?}"
    );
    // Without a quoted term after the noun, using is no speech; nor is "used by".
    for t in [
        "Ann Moy used the word of the harbour charter to close the pier.",
        "The old “harbour first” banner is still used by Ann Moy at rallies.",
    ] {
        let a = run(t);
        assert!(
            a.quotes
                .iter()
                .all(|q| q.speaker.as_ref().map(|s| s.name.as_str()) != Some("Ann Moy")),
            "{t}: {:?}",
            a.quotes
        );
    }
}

#[test]
fn short_month_form_is_a_name_beside_a_name_or_verb() {
    let t = "\"The pier must stay open,\" columnist Ai Jun wrote in the Harbour Times. \"The town needs it.\"";
    assert_eq!(name_of(t, "stay open"), Some("Ai Jun".into()));
    assert_eq!(name_of(t, "town needs"), Some("Ai Jun".into()));
    let t = "\"We will win the vote,\" said former mayor Jan Brewer.";
    assert_eq!(name_of(t, "win the vote"), Some("Jan Brewer".into()));
    // Before a day it is the month: the writer is Ann Moy, not "Harbour Times Jun".
    let t = "Ann Moy wrote in the Harbour Times Jun 5 that “the pier must close.”";
    assert_eq!(name_of(t, "pier must close"), Some("Ann Moy".into()));
}

#[test]
fn quotation_after_a_comma_closed_fragment_and_its_cue_continues_the_speaker() {
    let t = "The ferry is a “lifeline,” Ann Moy said. “Without it the island dies.”";
    assert_eq!(name_of(t, "island dies"), Some("Ann Moy".into()));
    // The cue comes before the fragment: the next quotation is nobody's yet.
    let t = "Ann Moy called the plan a “disaster,” and the council disagreed. “We will build it anyway.”";
    assert_eq!(name_of(t, "build it anyway"), None);
}

#[test]
fn fragment_ending_in_a_nested_quotation_still_continues_the_speaker() {
    let t = "The protest is about “parents telling the board, 'not this way,'” Ann Moy said. “We will keep the children home.”";
    assert_eq!(name_of(t, "children home"), Some("Ann Moy".into()));
    // A nested quotation without the comma ends no spoken fragment.
    let t = "The board called it “a 'temporary' closure” after Ann Moy spoke. “We will keep the children home.”";
    assert_eq!(name_of(t, "children home"), None);
}

#[test]
fn indefinite_description_before_an_appositive_full_name() {
    let t = "Another delegate on the Moy slate, Ivo Marsh, said he was only “leaning Moy.”";
    assert_eq!(name_of(t, "leaning Moy"), Some("Ivo Marsh".into()));
    let t = "One farmer, Ivo Marsh, said the ferry plan was “a mess.”";
    assert_eq!(name_of(t, "a mess"), Some("Ivo Marsh".into()));
    // A time phrase is no description: the apposition names the speaker's role instead.
    let t = "A day after the vote, Ivo Marsh, the harbour master, said the plan was “a mess.”";
    let s = speaker_of(t, "a mess").map(|s| (s.name, s.role));
    assert_eq!(s, Some(("Ivo Marsh".into(), Some("harbour master".into()))));
}

#[test]
fn pronoun_with_contracted_auxiliary_is_a_subject() {
    let t = "Ivo Marsh spoke at the pier on Monday. He’s claiming that the ferry is “a big, big problem.”";
    assert_eq!(name_of(t, "big, big problem"), Some("Ivo Marsh".into()));
    let t = "Nora Vance spoke at the pier on Monday. She's said the ferry is “a big, big problem.”";
    assert_eq!(name_of(t, "big, big problem"), Some("Nora Vance".into()));
    // A name's 's stays a possessive: "Marsh's claim" is no subject of "claiming".
    let t = "Ivo Marsh spoke at the pier on Monday. Marsh's aides keep claiming the ferry is “a big, big problem.”";
    assert_ne!(name_of(t, "big, big problem"), Some("Ivo Marsh".into()));
}

#[test]
fn which_after_an_organisation_is_that_organisation() {
    let t = "Reporters turned to the Harbour Police Department which reported “2,521 break-ins” in the town.";
    assert_eq!(
        name_of(t, "2,521 break-ins"),
        Some("Harbour Police Department".into())
    );
    let t =
        "Reporters asked the Harbour Board, which said the figure was “far too high” for the town.";
    assert_eq!(name_of(t, "far too high"), Some("Harbour Board".into()));
    // "which" after a person or a place names no speaker.
    let t = "Reporters asked Ann Moy, which said nothing about the “far too high” figure.";
    assert_eq!(name_of(t, "far too high"), None);
    let t = "It rained on Drem, which reported “2,521 break-ins” in May.";
    assert_eq!(name_of(t, "2,521 break-ins"), None);
}

#[test]
fn pronoun_inside_a_relative_clause_is_not_its_antecedent() {
    let t = "Ivo Marsh spoke to the board on Monday.\n\nHe attacked the ferry deal negotiated by Mayor Tom Brandt, who he noted was “in his final year, yay.”";
    assert_eq!(name_of(t, "final year"), Some("Ivo Marsh".into()));
    // With nobody else in reach, the pronoun stays open rather than name the antecedent.
    let t = "The ferry deal was negotiated by Mayor Tom Brandt, who he noted was “in his final year, yay.”";
    assert_eq!(name_of(t, "final year"), None);
}

#[test]
fn organisation_issuing_a_statement_with_a_participle_is_its_author() {
    let t = "After a late meeting, the Harbour Council issued a statement calling the closure “a clear violation” of the rules.";
    assert_eq!(
        name_of(t, "clear violation"),
        Some("Harbour Council".into())
    );
    let t = "The Harbour Council released a report, saying the closure was “a clear violation” of the rules.";
    assert_eq!(
        name_of(t, "clear violation"),
        Some("Harbour Council".into())
    );
    // Without a document it issued, an organisation stays no clause subject.
    let t = "The Harbour Council met on Monday, saying the closure was “a clear violation” of the rules.";
    assert_eq!(name_of(t, "clear violation"), None);
}

#[test]
fn reacted_and_retaliated_cue_quotations() {
    let t = "“The ferry plan is a disgrace. Who pays for it?” reacted Ann Moy.";
    assert_eq!(name_of(t, "Who pays"), Some("Ann Moy".into()));
    let t = "“The harbour will always be the harbour,” an angry Ann Moy retaliated.";
    assert_eq!(name_of(t, "always be the harbour"), Some("Ann Moy".into()));
    // Reacting to something, with the next quotation credited to someone else.
    let t = "Ann Moy reacted to the news with anger. “We will fight,” said Ivo Marsh.";
    assert_eq!(name_of(t, "We will fight"), Some("Ivo Marsh".into()));
}

#[test]
fn apposition_ending_in_a_bracketed_acronym() {
    let t = "Ivo Marsh, the Harbour Commissioner for Ferries (HCF), said the plan was “a mess.”";
    assert_eq!(name_of(t, "a mess"), Some("Ivo Marsh".into()));
    // A party tag with a stray comma still belongs to the name before it.
    let t = "In Drem, Sen. Ann Moy (D-Ore.), said the plan was “a mess.”";
    assert_eq!(name_of(t, "a mess"), Some("Ann Moy".into()));
}

#[test]
fn possessive_or_definite_description_before_an_appositive_full_name() {
    let t = "His former partner at the shipyard, Tomas Brandt, said the plan was “a mess.”";
    let s = speaker_of(t, "a mess").map(|s| (s.name, s.role));
    assert_eq!(
        s,
        Some((
            "Tomas Brandt".into(),
            Some("former partner at the shipyard".into())
        ))
    );
    let t = "Their old skipper, Nora Vance, called him a genius. “He fixed engines nobody else would touch.”";
    assert_eq!(name_of(t, "fixed engines"), Some("Nora Vance".into()));
    // A clause, not a description, before the name: no speaker from it.
    let t = "His boat sank last spring, Nora Vance, and the plan was “a mess.”";
    assert_eq!(name_of(t, "a mess"), None);
    // A time phrase is no description either.
    let t =
        "The morning after the vote, Ivo Marsh, the harbour master, said the plan was “a mess.”";
    let s = speaker_of(t, "a mess").map(|s| (s.name, s.role));
    assert_eq!(s, Some(("Ivo Marsh".into(), Some("harbour master".into()))));
}

#[test]
fn description_ending_in_a_place_name_before_an_appositive_full_name() {
    let t = "His former business partner at Drem, Tomas Brandt, called him a master at building ships. “He showed again and again an ability to fix engines.”";
    assert_eq!(name_of(t, "showed again"), Some("Tomas Brandt".into()));
    // A name that is the object of the phrase ("with") is no description of the next one.
    let t = "His long quarrel with Ann Moy, Tomas Brandt, said the plan was “a mess.”";
    assert_ne!(name_of(t, "a mess"), Some("Tomas Brandt".into()));
}

#[test]
fn fragment_closed_by_a_bare_she_said_continues_its_speaker() {
    let t = "Nora Vance said she felt the ferry rule was worth a look because “most people don’t know about that gap,” she said. “We have no map if we don’t know where we came from.”";
    assert_eq!(name_of(t, "no map"), Some("Nora Vance".into()));
    // A quoted label inside her own sentence, with no "she said" closing it, is no
    // spoken fragment: the quotation after it keeps no speaker.
    let t = "Nora Vance said the ferry rule was “a gap,” and nothing more. “We have no map if we don’t know where we came from.”";
    assert_eq!(name_of(t, "no map"), None);
}

#[test]
fn kinship_word_before_a_name_corrects_its_gender() {
    let t = "“The rules are wrong,” said Ann Moy, the mayor.\n\n“The plan does not hold water,” said ferry widow Terry Strand.\n\nShe continued, “For us, the families, all we ask is a hearing.”";
    assert_eq!(name_of(t, "all we ask"), Some("Terry Strand".into()));
    // A relative of unknown gender named in passing does not become the antecedent.
    let t = "Ivo Marsh warned this week that the ferry was in danger.\n\n“Because they are worried,” Mr. Marsh said at the pier.\n\nHe added that if his son Beau were still serving, he would tell him the danger had grown “a couple clicks” because of the storm.\n\n“This storm has no limits,” he said.";
    assert_eq!(name_of(t, "no limits"), Some("Ivo Marsh".into()));
}

#[test]
fn contrasting_while_clause_has_its_own_subject() {
    let t = "Gov. Ann Moy on Monday signed an order to block the ferry, while Ivo Marsh, the former Drem governor, proposed we “wake up and smell the coffee” and left.";
    assert_eq!(name_of(t, "smell the coffee"), Some("Ivo Marsh".into()));
    let t = "Ann Moy signed an order, whereas Ivo Marsh proposed we “wake up and smell the coffee” instead.";
    assert_eq!(name_of(t, "smell the coffee"), Some("Ivo Marsh".into()));
    // A "while" clause with no subject of its own leaves the sentence's subject.
    let t = "Ann Moy, while in Drem on Monday, called the ferry plan “a mess.”";
    assert_eq!(name_of(t, "a mess"), Some("Ann Moy".into()));
}

#[test]
fn contrasting_but_or_semicolon_clause_has_its_own_named_subject() {
    let t = "Ann Moy signed an order, but Ivo Marsh, the former governor, proposed we “wake up and smell the coffee” and left.";
    assert_eq!(name_of(t, "smell the coffee"), Some("Ivo Marsh".into()));
    let t =
        "Ann Moy signed an order; Ivo Marsh proposed we “wake up and smell the coffee” and left.";
    assert_eq!(name_of(t, "smell the coffee"), Some("Ivo Marsh".into()));
    // ", and" also joins the names of one subject: the first name stays the subject.
    let t = "In 2005 Ann Moy, then at Drem, and Ivo Marsh decided the ferry was “a mess.”";
    assert_ne!(name_of(t, "a mess"), Some("Ivo Marsh".into()));
}

#[test]
fn who_clause_inside_reported_content_leaves_the_quotation_to_the_reporter() {
    let t = "In a panel in Drem, Ivo K. Marsh, the head of the Harbour League, forcefully told a young woman who suggested that some people may not sail because of the wind that “this is not the first crew to be frustrated.”";
    assert_eq!(name_of(t, "first crew"), Some("Ivo K. Marsh".into()));
    // Outside reported content, a "who" after a description still names nobody.
    let t = "A young woman who suggested that “this is not the first crew to be frustrated” left early.";
    assert_eq!(name_of(t, "first crew"), None);
}

#[test]
fn remembered_cues_a_quotation() {
    let t = "“An awful lot of captains said no, and she set out to prove them wrong,” remembered Ivo Marsh, who sat on the board.";
    assert_eq!(name_of(t, "awful lot"), Some("Ivo Marsh".into()));
    // Remembering something quoted is no cue for a quotation after a full stop.
    let t = "Ivo Marsh remembered the storm. “The ferry never came back.”";
    assert_eq!(name_of(t, "never came back"), None);
}

/// The speaker of the direct or partial quotation containing `needle`: `None` when no such
/// quotation was found, `Some(None)` when it has no speaker.
fn quoted_by(text: &str, needle: &str) -> Option<Option<String>> {
    quotes(text)
        .into_iter()
        .find(|(c, k, _)| matches!(k, Kind::Direct | Kind::Partial) && c.contains(needle))
        .map(|(_, _, s)| s)
}

#[test]
fn labelling_verb_with_an_as_phrase_names_its_subject() {
    let t = "Mayor Tom Brandt heralded the ferry deal as a “breakthrough.” Others were unsure.";
    assert_eq!(
        quoted_by(t, "breakthrough"),
        Some(Some("Tom Brandt".into()))
    );
    let t = "Ruth Calder referred to the new harbour master as a “reformer.”";
    assert_eq!(quoted_by(t, "reformer"), Some(Some("Ruth Calder".into())));
    let t = "Ivo Marsh further summed up the minister as “weak,” and moved on.";
    assert_eq!(quoted_by(t, "weak"), Some(Some("Ivo Marsh".into())));
    let t = "Ann Moy has framed herself as the voice of the “quiet harbour” crowd.";
    assert_eq!(quoted_by(t, "quiet harbour"), Some(Some("Ann Moy".into())));
    let t = "Ann Moy spoke at the pier.\n\nOn Monday, she portrayed the pier as “a ruin.”";
    assert_eq!(quoted_by(t, "a ruin"), Some(Some("Ann Moy".into())));
}

#[test]
fn labelling_without_an_active_subject_names_nobody() {
    // Passive: the labeller is not said.
    let t = "Ann Moy arrived late. The ferry deal was hailed as a “breakthrough.”";
    assert!(quoted_by(t, "breakthrough").flatten().is_none());
    // A participle after a noun.
    let t = "The board studied a plan described as a “breakthrough.”";
    assert!(quoted_by(t, "breakthrough").flatten().is_none());
    // A noun that looks like the verb.
    let t = "Citing last week's Drem bill as a “turning point,” the board met.";
    assert!(quoted_by(t, "turning point").flatten().is_none());
    // "as" as a comparison.
    let t = "Ann Moy portrayed the pier as if it were “a ruin.”";
    assert!(quoted_by(t, "a ruin").flatten().is_none());
}

#[test]
fn person_or_organisation_calling_something_a_term_is_quoted() {
    // A pronoun for a named person, with the article outside the marks.
    let t = "Ann Moy toured the pier on Monday.\n\nShe called it a “floating ruin.”";
    assert_eq!(quoted_by(t, "floating ruin"), Some(Some("Ann Moy".into())));
    // An organisation.
    let t = "The Harbour Board called the new toll a “costly mistake.”";
    assert_eq!(
        quoted_by(t, "costly mistake"),
        Some(Some("Harbour Board".into()))
    );
    // A named person with "the" outside the marks.
    let t = "Ivo Marsh calls it the “long goodbye.”";
    assert_eq!(quoted_by(t, "long goodbye"), Some(Some("Ivo Marsh".into())));
}

#[test]
fn unnamed_callers_name_a_term() {
    // "They" for people in general, and "so-called", name a term, not someone's words.
    let t = "Ann Moy runs the ferry.\n\nThey call it the “long goodbye” in Drem.";
    assert!(quoted_by(t, "long goodbye").flatten().is_none());
    let t = "Ivo Marsh spoke about the so-called “long goodbye” on Monday.";
    assert!(quoted_by(t, "long goodbye").flatten().is_none());
}

#[test]
fn dubbed_and_labelled_are_naming_verbs() {
    let t = "Lena Ostrova dubbed the bridge “the iron spine.”";
    assert_eq!(
        quoted_by(t, "iron spine"),
        Some(Some("Lena Ostrova".into()))
    );
    let t = "Ivo Marsh labelled the new toll “a scandal.”";
    assert_eq!(quoted_by(t, "a scandal"), Some(Some("Ivo Marsh".into())));
    // A participle after a noun says nothing of who named it.
    let t = "The ferry, dubbed “the iron spine,” left the harbour at noon.";
    assert!(quoted_by(t, "iron spine").flatten().is_none());
}

#[test]
fn title_case_name_a_person_gives_another_is_quoted() {
    let t = "Ann Moy called Ivo Marsh “The Pride of the Harbour.”";
    assert_eq!(
        quoted_by(t, "Pride of the Harbour"),
        Some(Some("Ann Moy".into()))
    );
    let t = "At the pier, Ann Moy dubbed him “Captain Toll” on Monday.";
    assert_eq!(quoted_by(t, "Captain Toll"), Some(Some("Ann Moy".into())));
    // The title of a work, or a name given to a thing, is not speech.
    let t = "Ann Moy called her new book “The Long Tide” on Monday.";
    assert!(quoted_by(t, "Long Tide").flatten().is_none());
    let t = "Ann Moy called it “Harbour Days” on Monday.";
    assert!(quoted_by(t, "Harbour Days").flatten().is_none());
}

#[test]
fn naming_verb_coordinated_with_the_subjects_first_verb() {
    let t = "Ann Moy toured the pier and called it “a floating ruin.”";
    assert_eq!(quoted_by(t, "floating ruin"), Some(Some("Ann Moy".into())));
    let t = "In June, the Harbour Board reviewed the bid and deemed it “sound.”";
    assert_eq!(quoted_by(t, "sound"), Some(Some("Harbour Board".into())));
    // Another clause in between: not the first subject's words.
    let t = "Ann Moy left the pier; then the crew came back and called it “a floating ruin.”";
    assert_ne!(
        quoted_by(t, "floating ruin").flatten(),
        Some("Ann Moy".into())
    );
}

#[test]
fn title_word_surname_after_the_full_name() {
    let t = "Howard Dean spoke on Monday. Dean, a former governor, poked at the board, tweeting, “The ferry is late.”";
    assert_eq!(quoted_by(t, "ferry"), Some(Some("Howard Dean".into())));
    let t = "Tom King spoke on Monday. “The ferry is late,” King said.";
    assert_eq!(quoted_by(t, "ferry"), Some(Some("Tom King".into())));
    // Without the full name earlier, a lone title word names no one.
    let t = "The board met on Monday. “The ferry is late,” Dean said.";
    assert!(quoted_by(t, "ferry").flatten().is_none());
    let t = "Burger King opened on Monday. “The ferry is late,” King said.";
    assert!(quoted_by(t, "ferry").flatten().is_none());
}

#[test]
fn two_roles_joined_by_and_before_a_name() {
    let t = "“The ferry is late again,” said former Gov. and party chairman Ann Moy.";
    assert_eq!(quoted_by(t, "ferry"), Some(Some("Ann Moy".into())));
    let t =
        "“The ferry is late again,” said former governor and party chairman Ann Moy, who retired.";
    assert_eq!(quoted_by(t, "ferry"), Some(Some("Ann Moy".into())));
    // "and" after a name joins two people, not two roles.
    let t = "“The ferry is late again,” said Mayor Ivo Berg and party chairman Ann Moy.";
    assert_ne!(quoted_by(t, "ferry").flatten(), Some("Ann Moy".into()));
}

#[test]
fn a_noun_after_a_possessive_and_a_name_is_no_cue() {
    // "attack" after "week's Drem" is a noun: Drem is no speaker.
    let t = "Citing last week's Drem attack as a “turning point,” the council met.";
    assert_ne!(quoted_by(t, "turning point").flatten(), Some("Drem".into()));
    let t = "Ann Moy spoke after the Drem Harbour attack as a “wake-up call” for the port.";
    assert_ne!(quoted_by(t, "wake-up call").flatten(), Some("Drem".into()));
    // A past tense after an organisation's name is still its verb.
    let t = "The Harbour Board attacked the plan as “a floating ruin.”";
    assert_eq!(
        quoted_by(t, "floating ruin"),
        Some(Some("Harbour Board".into()))
    );
    let t = "Drem's Harbour Board attacked the plan as “a floating ruin.”";
    assert_eq!(
        quoted_by(t, "floating ruin"),
        Some(Some("Harbour Board".into()))
    );
}

#[test]
fn passive_label_names_its_by_agent() {
    let t = "The inquiry was labeled a “witch hunt” by Ann Moy on Monday.";
    assert_eq!(quoted_by(t, "witch hunt"), Some(Some("Ann Moy".into())));
    let t = "The plan has been called “a floating ruin” by the Harbour Board.";
    assert_eq!(
        quoted_by(t, "floating ruin"),
        Some(Some("Harbour Board".into()))
    );
    // No named agent, or none at all: nobody is credited.
    let t = "The plan has been called “a floating ruin” by the press.";
    assert!(quoted_by(t, "floating ruin").flatten().is_none());
    let t = "The plan has been called “a floating ruin” for years.";
    assert!(quoted_by(t, "floating ruin").flatten().is_none());
}

#[test]
fn clause_word_before_a_subject_with_an_apposition() {
    let t = "That was what Ann Moy, the harbour master, called “a floating ruin.”";
    assert_eq!(quoted_by(t, "floating ruin"), Some(Some("Ann Moy".into())));
    let t = "The pier is what Ivo Marsh, 54, described as “a floating ruin.”";
    assert_eq!(
        quoted_by(t, "floating ruin"),
        Some(Some("Ivo Marsh".into()))
    );
    // A chained apposition still goes to the first name, not to the inner phrase.
    let t = "Ann Moy, the head of the board of Drem, a port town, said the pier was “a ruin.”";
    assert_eq!(quoted_by(t, "a ruin"), Some(Some("Ann Moy".into())));
    // No name after "what": nobody is credited.
    let t = "That was what the crew, tired and cold, called “a floating ruin.”";
    assert!(quoted_by(t, "floating ruin").flatten().is_none());
}

#[test]
fn naming_verb_coordinated_inside_a_when_clause() {
    let t = "It came to a head when Ann Moy toured the pier and deemed it “a floating ruin.”";
    assert_eq!(quoted_by(t, "floating ruin"), Some(Some("Ann Moy".into())));
    let t =
        "The row began when Ann Moy knocked Ivo Marsh on the budget and called him a “tourist.”";
    assert_eq!(quoted_by(t, "tourist"), Some(Some("Ann Moy".into())));
    // The "when" clause ends at its comma: the main clause's subject is someone else.
    let t = "When Ann Moy toured the pier, the crew came back and called it “a floating ruin.”";
    assert_ne!(
        quoted_by(t, "floating ruin").flatten(),
        Some("Ann Moy".into())
    );
}
