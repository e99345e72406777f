namespace SourceScore;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; not a defect by itself.</summary>
    Info = 0,

    /// <summary>A likely defect that a reader may notice.</summary>
    Warning = 1,

    /// <summary>A defect that damages the article.</summary>
    Error = 2,
}
