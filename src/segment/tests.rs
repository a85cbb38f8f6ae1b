use super::split_sentences;

fn split(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn basic() {
    assert_eq!(split("One. Two."), ["One.", "Two."]);
}
