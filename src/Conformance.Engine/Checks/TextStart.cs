namespace Conformance.Engine.Checks;

/// <summary>The start of a text for a message or a report, never cut between the two halves of a surrogate pair.</summary>
public static class TextStart
{
    /// <summary>At most <paramref name="max"/> characters; one fewer when the cut would leave a lone high surrogate.</summary>
    public static string Of(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Half an emoji is a lone surrogate: XML cannot carry it and JSON writers replace it.
        var end = max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }
}
