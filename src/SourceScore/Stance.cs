namespace SourceScore;

/// <summary>How a text relates to a claim (the four classes of the Fake News Challenge, FNC-1).</summary>
public enum Stance
{
    /// <summary>The text says the claim is true.</summary>
    Agree,

    /// <summary>The text says the claim is false.</summary>
    Disagree,

    /// <summary>The text reports the claim without taking a side.</summary>
    Discuss,

    /// <summary>The text is about something else.</summary>
    Unrelated,
}
