//! Word lists for the splitter, as `match` tables: the compiler turns them into
//! length-then-bytes comparisons, so a lookup costs a few instructions and no allocation.

/// How an abbreviation behaves before a capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Abbr {
    /// Stands before a name ("Mr.", "Dr.", "Sen."): never ends a sentence.
    Title,
    /// May end a sentence ("Inc.", "U.S.", "Calif."): ends one only before a likely sentence start.
    Ambiguous,
    /// Never ends a sentence in practice ("e.g.", "i.e.", "cf.").
    NoEnd,
}

/// Classifies the word before a period (without the period; case-sensitive on purpose:
/// "Ill." is Illinois, "ill." is a word).
pub(super) fn abbreviation(word: &str) -> Option<Abbr> {
    use Abbr::*;
    Some(match word {
        // Titles and ranks that precede a name.
        "Mr" | "Mrs" | "Ms" | "Messrs" | "Mmes" | "Mme" | "Mlle" | "Dr" | "Drs" | "Prof"
        | "Profs" | "Gen" | "Gens" | "Sen" | "Sens" | "Rep" | "Reps" | "Gov" | "Govs" | "Lt"
        | "Col" | "Capt" | "Cpt" | "Sgt" | "Maj" | "Adm" | "Cmdr" | "Cdr" | "Cpl" | "Pvt"
        | "Brig" | "Rev" | "Revd" | "Hon" | "Rt" | "Fr" | "Msgr" | "Pres" | "Supt" | "Det"
        | "Insp" | "Atty" | "Amb" | "Mt" | "Ft" | "Sec" | "Ste" | "Ing"
        // Abbreviated first names, as in firm names ("Alex. Brown and Sons").
        | "Alex" | "Chas" | "Thos" | "Jas" | "Benj" | "Geo" | "MR" | "MRS" | "MS" | "DR" => {
            Title
        }
        // Latin and reference abbreviations that do not end sentences.
        "e.g" | "i.e" | "cf" | "viz" | "approx" | "vs" | "v" | "ca" | "c" | "al" | "Nos"
        | "nos" | "pp" | "Vol" | "vol" | "Fig" | "fig" | "Figs" | "Ch" | "ch" | "Sect"
        | "sect" | "Art" | "Eq" | "eq" => NoEnd,
        // Company and name suffixes, streets, units.
        "Inc" | "Ltd" | "Corp" | "Co" | "co" | "Cos" | "Bros" | "Plc" | "PLC" | "LLC" | "Jr"
        | "Sr" | "Esq" | "St" | "Ave" | "Av" | "Blvd" | "Rd" | "Hwy" | "Pl" | "Sq" | "Dept"
        | "dept" | "Univ" | "Assn" | "Assoc" | "Intl" | "Natl" | "Govt" | "govt" | "Bldg"
        | "etc" | "est" | "Est" | "ft" | "sq" | "lb" | "lbs" | "oz" | "yr" | "yrs" | "hr"
        | "hrs" | "min" | "mins" | "sec" | "secs" | "mo" | "mos" | "pct" | "p" | "no" | "op"
        | "ed" | "eds" | "Ed" | "Eds" | "gal" | "mi" | "kg" | "km" | "tel" | "Tel" | "ext"
        // Months and weekdays.
        | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct"
        | "Nov" | "Dec" | "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri"
        | "Sat" | "Sun"
        // US states (AP style).
        | "Ala" | "Ariz" | "Ark" | "Calif" | "Cal" | "Colo" | "Conn" | "Del" | "Fla" | "Ga"
        | "Ida" | "Ill" | "Ind" | "Kan" | "Kans" | "Ky" | "La" | "Md" | "Mass" | "Mich"
        | "Minn" | "Miss" | "Mo" | "Mont" | "Neb" | "Nebr" | "Nev" | "Okla" | "Ore" | "Pa"
        | "Penn" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wisc" | "Wyo" => Ambiguous,
        _ => return None,
    })
}

/// Words that commonly open a sentence. After an ambiguous abbreviation or an initial,
/// a capitalised word from this list means the period ended the sentence ("in the U.S. He
/// said"); any other capitalised word is taken as a continuation ("the U.S. Senate").
pub(super) fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "Nor"
            | "However"
            | "Meanwhile"
            | "Moreover"
            | "Also"
            | "Still"
            | "Then"
            | "Now"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Last"
            | "Next"
            | "Earlier"
            | "Later"
            | "In"
            | "On"
            | "At"
            | "For"
            | "With"
            | "From"
            | "By"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Under"
            | "Over"
            | "As"
            | "If"
            | "When"
            | "While"
            | "Although"
            | "Though"
            | "Because"
            | "Unlike"
            | "Despite"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "Where"
            | "Which"
            | "Whether"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "No"
            | "Not"
            | "None"
            | "Several"
            | "Few"
            | "Other"
            | "Another"
            | "Such"
            | "One"
            | "Two"
            | "Three"
            | "Did"
            | "Does"
            | "Do"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Can"
            | "Could"
            | "Would"
            | "Should"
            | "Has"
            | "Have"
            | "Had"
            | "Let"
            | "Please"
            | "Yes"
            | "According"
            | "Among"
            | "Until"
            | "Instead"
            | "Indeed"
            | "Even"
            | "Only"
            | "Just"
            | "Perhaps"
            | "Thus"
            | "Therefore"
            | "Furthermore"
            | "Nevertheless"
            | "Nonetheless"
            | "Otherwise"
            | "Overall"
            | "Finally"
            | "First"
            | "Second"
            | "Third"
            | "Again"
            | "Already"
            | "Currently"
            | "Recently"
            | "Separately"
            | "Similarly"
            | "Additionally"
            | "Asked"
            | "Terms"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "THE"
            | "HE"
            | "SHE"
            | "IT"
            | "THEY"
            | "WE"
            | "BUT"
    )
}

/// Speech verbs that can follow a quotation and its speaker ("…?" Smith asked.), keeping
/// the attribution in the quotation's sentence.
pub(super) fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "added"
            | "adds"
            | "told"
            | "replied"
            | "wrote"
            | "writes"
            | "shouted"
            | "cried"
            | "exclaimed"
            | "wondered"
            | "insisted"
            | "continued"
            | "explained"
            | "declared"
            | "warned"
            | "argued"
            | "noted"
            | "stated"
            | "tweeted"
            | "recalled"
            | "yelled"
            | "answered"
            | "demanded"
            | "laughed"
            | "joked"
            | "quipped"
            | "conceded"
            | "admitted"
            | "acknowledged"
            | "suggested"
            | "agreed"
            | "responded"
            | "commented"
            | "remarked"
            | "observed"
            | "announced"
            | "claimed"
            | "countered"
            | "pleaded"
            | "urged"
            | "whispered"
            | "screamed"
            | "sighed"
            | "snapped"
            | "retorted"
    )
}

/// Brand names written with a final "!" that does not end a sentence.
pub(super) fn is_exclaiming_name(word: &str) -> bool {
    matches!(word, "Yahoo" | "Jeopardy")
}

/// Capitalised words that can stand before a speech verb without being a speaker of the
/// preceding quotation ("…?" Nobody answered.).
pub(super) fn is_indefinite_pronoun(word: &str) -> bool {
    matches!(
        word,
        "Nobody"
            | "Everybody"
            | "Somebody"
            | "Anybody"
            | "Everyone"
            | "Someone"
            | "Anyone"
            | "No"
            | "None"
            | "Nothing"
            | "Everything"
            | "Something"
            | "Few"
            | "Many"
            | "All"
    )
}
