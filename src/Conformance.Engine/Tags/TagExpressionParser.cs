using System.Text.RegularExpressions;

namespace Conformance.Engine.Tags;

/// <summary>Recursive-descent parser for tag expressions: or binds loosest, then and, then not.</summary>
internal sealed partial class TagExpressionParser(string text)
{
    private readonly List<string> _tokens = Tokenize().Matches(text).Select(m => m.Value).ToList();
    private int _position;

    public TagExpression ParseAll()
    {
        var expression = ParseOr();
        if (_position < _tokens.Count)
        {
            throw Error($"unexpected '{_tokens[_position]}'");
        }

        return expression;
    }

    private TagExpression ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            left = new TagExpression.Or(left, ParseAnd());
        }

        return left;
    }

    private TagExpression ParseAnd()
    {
        var left = ParseNot();
        while (Accept("and"))
        {
            left = new TagExpression.And(left, ParseNot());
        }

        return left;
    }

    private TagExpression ParseNot()
    {
        if (Accept("not"))
        {
            return new TagExpression.Not(ParseNot());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            if (!Accept(")"))
            {
                throw Error("missing ')'");
            }

            return inner;
        }

        if (_position < _tokens.Count && _tokens[_position].StartsWith('@'))
        {
            return new TagExpression.Tag(_tokens[_position++]);
        }

        throw Error(_position < _tokens.Count ? $"expected a @tag, 'not' or '(' but found '{_tokens[_position]}'" : "the expression ends too early");
    }

    private bool Accept(string token)
    {
        if (_position < _tokens.Count && string.Equals(_tokens[_position], token, StringComparison.OrdinalIgnoreCase))
        {
            _position++;
            return true;
        }

        return false;
    }

    private ConfigurationException Error(string what) => new($"--tags '{text}': {what}");

    [GeneratedRegex(@"\(|\)|[^\s()]+")]
    private static partial Regex Tokenize();
}
