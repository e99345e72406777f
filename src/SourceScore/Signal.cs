namespace SourceScore;

/// <summary>The signals an article is scored on; each rule belongs to one.</summary>
public enum Signal
{
    /// <summary>Garbled markup: leaked HTML, broken entities, mojibake, duplicates, boilerplate (rules <c>SS1xxx</c>).</summary>
    Markup = 1,

    /// <summary>Machine-written or machine-rewritten prose (rules <c>SS2xxx</c>).</summary>
    Machine = 2,

    /// <summary>Check-worthy claims left unsupported (rules <c>SS3xxx</c>).</summary>
    Claims = 3,

    /// <summary>Agreement with other coverage of the same story (rules <c>SS4xxx</c>).</summary>
    Agreement = 4,

    /// <summary>Facts about the source and the scoring itself, such as limits reached (rules <c>SS5xxx</c>).</summary>
    Source = 5,
}
