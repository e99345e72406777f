using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class RepeatedFragmentCheckTests
{
    [Fact]
    public void Reports_repeated_line_ignoring_list_markers_and_brackets() => CheckAssert.Reports(
        MarkupRules.RepeatedFragment,
        "- >Engagement With Global Powers :\nsome text in between here.\n- >[|Engagement With Global Powers :|]\n");

    [Fact]
    public void Reports_repeated_sentence_inside_paragraphs() => CheckAssert.Reports(
        MarkupRules.RepeatedFragment,
        "The barrier closes when sea levels rise more than eighty centimetres. Officials were pleased.\nLater that day: [|The barrier closes when sea levels rise more than eighty centimetres.|] Nothing else.");

    [Fact]
    public void Reports_sentence_pasted_without_a_space() => CheckAssert.Reports(
        MarkupRules.RepeatedFragment,
        "\"He was preying on her,\" she told the court. It was this intoxication, she said, that meant she was not able to consent.\nMs Pickthall said.[|It was this intoxication, she said, that meant she was not able to consent.|] The end.");

    [Fact]
    public void Reports_copy_pasted_into_the_middle_of_a_sentence() => CheckAssert.Reports(
        MarkupRules.RepeatedFragment,
        "My husband is waiting for surgery fees in the hospital as his boss ran away.\nWe spent all of our savings and [|My husband is waiting for surgery fees in the hospital as his boss ran away.|] borrowed more.");

    [Fact]
    public void Templated_lines_are_not_copies() => CheckAssert.Reports(
        MarkupRules.RepeatedFragment,
        "Paragraph 1 of the report describes the harbour works in plain words and numbers such as 7.\nParagraph 2 of the report describes the harbour works in plain words and numbers such as 14.");

    [Theory]
    [InlineData("Advertisement\nText one here.\nAdvertisement\n")]
    [InlineData("“We will win,” he said. Later he repeated: “We will win.”")]
    [InlineData("The first paragraph talks about the harbour barrier.\nThe second paragraph talks about the harbour budget.")]
    public void Silent_on_short_or_different_repeats(string text) => CheckAssert.Reports(MarkupRules.RepeatedFragment, text);
}
