using DotNet.Globbing;

namespace SourceScore.Configuration;

/// <summary>
/// A path pattern of an override's <c>files</c>, relative to the folder of the configuration file: <c>*</c> any characters
/// but <c>/</c>, <c>**</c> any folders (a whole segment), <c>?</c> one character, <c>[abc]</c>, <c>[a-z]</c> and
/// <c>[!abc]</c> one of a set; a pattern without <c>/</c> matches a file name in any folder (as in <c>.editorconfig</c>).
/// Matching is DotNet.Glob's, case-insensitive; it accepts every string, so the pattern is checked here first.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PathGlob
{
    private static readonly GlobOptions s_options = new() { Evaluation = { CaseInsensitive = true } };

    private readonly Glob _glob;
    private readonly bool _nameOnly;

    private PathGlob(string pattern, Glob glob, bool nameOnly)
    {
        Pattern = pattern;
        _glob = glob;
        _nameOnly = nameOnly;
    }

    public string Pattern { get; }

    /// <summary>Whether <paramref name="relativePath"/> (with <c>/</c> between folders) matches.</summary>
    public bool IsMatch(string relativePath) =>
        _glob.IsMatch(_nameOnly ? relativePath[(relativePath.LastIndexOf('/') + 1)..] : relativePath);

    /// <summary>Reads a pattern; null with <paramref name="problem"/> when it is broken.</summary>
    public static PathGlob? TryParse(string pattern, out string? problem)
    {
        problem = Check(pattern);
        if (problem is not null)
        {
            return null;
        }

        string body = pattern.StartsWith('/') ? pattern[1..] : pattern;
        return new PathGlob(pattern, Glob.Parse(body, s_options), nameOnly: !pattern.Contains('/'));
    }

    private static string? Check(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "an empty pattern matches nothing";
        }

        if (pattern.Contains('\\'))
        {
            return $"'{pattern}' has a backslash: separate folders with '/'";
        }

        if (pattern.IndexOfAny(['{', '}']) >= 0)
        {
            return $"'{pattern}' has braces, which are not supported: list each pattern in the array instead";
        }

        int open = -1;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '[')
            {
                if (open >= 0)
                {
                    return $"'{pattern}' opens a '[' set inside another at column {i + 1}";
                }

                open = i;
            }
            else if (c == ']')
            {
                if (open < 0)
                {
                    return $"'{pattern}' closes a ']' set that was not opened, at column {i + 1}";
                }

                if (i == open + 1 || (i == open + 2 && pattern[open + 1] == '!'))
                {
                    return $"'{pattern}' has an empty '[]' set at column {open + 1}";
                }

                open = -1;
            }
            else if (c == '/' && open >= 0)
            {
                return $"'{pattern}' has a '/' inside a '[' set";
            }
        }

        if (open >= 0)
        {
            return $"'{pattern}' opens a '[' set at column {open + 1} that is never closed";
        }

        foreach (string segment in pattern.Split('/'))
        {
            if (segment.Contains("**", StringComparison.Ordinal) && segment != "**")
            {
                return $"'{pattern}': '**' must be a whole folder name ('opinion/**', '**/drafts/*.md'), not part of '{segment}'";
            }

            if (segment == "..")
            {
                return $"'{pattern}' leaves the configuration's folder ('..'); a file matches only the settings of a folder above it";
            }
        }

        return null;
    }
}
