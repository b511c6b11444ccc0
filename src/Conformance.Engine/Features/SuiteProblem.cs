namespace Conformance.Engine.Features;

/// <summary>A feature file that could not be turned into test cases: a parse error or a scenario missing its traceability tags.</summary>
public sealed record SuiteProblem(string RelativePath, int Line, int Column, string Message)
{
    public string Location => Column > 0 ? $"{RelativePath}:{Line}:{Column}" : $"{RelativePath}:{Line}";

    public override string ToString() => $"{Location}: {Message}";
}
