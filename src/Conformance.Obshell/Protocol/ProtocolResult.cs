using System.Diagnostics.CodeAnalysis;

namespace Conformance.Obshell.Protocol;

/// <summary>A value or the <see cref="ProtocolFailure"/> that prevented it.</summary>
public readonly record struct ProtocolResult<T>(T? Value, ProtocolFailure Failure)
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Failure == ProtocolFailure.None && Value is not null;

    /// <summary>What exactly failed within <see cref="Failure"/>'s stage, for a developer; never a secret the request carried.</summary>
    public string? Detail { get; init; }

    public static ProtocolResult<T> Ok(T value) => new(value, ProtocolFailure.None);

    public static ProtocolResult<T> Fail(ProtocolFailure failure, string? detail = null) => new(default, failure) { Detail = detail };
}
