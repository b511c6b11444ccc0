namespace Conformance.Engine.Tags;

/// <summary>A Cucumber tag expression (<c>@must and not (@slow or @stub-only)</c>) evaluated against a scenario's tags.</summary>
public abstract class TagExpression
{
    public abstract bool Matches(IReadOnlyCollection<string> tags);

    /// <summary>Parses an expression; an empty one matches everything.</summary>
    public static TagExpression Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Always();
        }

        var parser = new TagExpressionParser(text);
        return parser.ParseAll();
    }

    internal sealed class Always : TagExpression
    {
        public override bool Matches(IReadOnlyCollection<string> tags) => true;

        public override string ToString() => "true";
    }

    internal sealed class Tag(string name) : TagExpression
    {
        public override bool Matches(IReadOnlyCollection<string> tags) => tags.Contains(name, StringComparer.OrdinalIgnoreCase);

        public override string ToString() => name;
    }

    internal sealed class Not(TagExpression inner) : TagExpression
    {
        public override bool Matches(IReadOnlyCollection<string> tags) => !inner.Matches(tags);

        public override string ToString() => $"not ({inner})";
    }

    internal sealed class And(TagExpression left, TagExpression right) : TagExpression
    {
        public override bool Matches(IReadOnlyCollection<string> tags) => left.Matches(tags) && right.Matches(tags);

        public override string ToString() => $"({left} and {right})";
    }

    internal sealed class Or(TagExpression left, TagExpression right) : TagExpression
    {
        public override bool Matches(IReadOnlyCollection<string> tags) => left.Matches(tags) || right.Matches(tags);

        public override string ToString() => $"({left} or {right})";
    }
}
