namespace SourceScore;

/// <summary>
/// A configuration (a <c>sourcescore.json</c> file or an <c>IConfiguration</c> section) that cannot be used: its message
/// is one line naming the file, the line and the key, and what is wrong.
/// </summary>
/// <remarks>Thrown by <see cref="SourceScoreConfiguration.Load"/>, <see cref="SourceScoreConfiguration.Parse"/> and, for a rule no configured check reports, by <see cref="ScorerBuilder.Build"/>.</remarks>
public sealed class SourceScoreConfigurationException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="SourceScoreConfigurationException"/> class.</summary>
    public SourceScoreConfigurationException()
        : this("The SourceScore configuration is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SourceScoreConfigurationException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public SourceScoreConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SourceScoreConfigurationException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error that revealed it.</param>
    public SourceScoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SourceScoreConfigurationException"/> class for one key of one file.</summary>
    /// <param name="filePath">The file (or configuration section) the setting was read from.</param>
    /// <param name="line">The 1-based line of the key, or 0 when not known (a configuration section).</param>
    /// <param name="key">The key, as a path (<c>rules.SS3001</c>, <c>overrides[1].files</c>).</param>
    /// <param name="problem">What is wrong, one sentence.</param>
    public SourceScoreConfigurationException(string filePath, int line, string key, string problem)
        : base($"{filePath}{(line > 0 ? ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}: {key}: {problem}")
    {
        FilePath = filePath;
        Line = line;
        Key = key;
    }

    /// <summary>Gets the file (or configuration section) the bad setting was read from; empty when not known.</summary>
    public string FilePath { get; } = string.Empty;

    /// <summary>Gets the 1-based line of the bad setting, or 0 when not known.</summary>
    public int Line { get; }

    /// <summary>Gets the key of the bad setting (<c>rules.SS3001</c>); empty when the file as a whole is bad (not JSON).</summary>
    public string Key { get; } = string.Empty;
}
