namespace Conformance.Obshell.Stub;

/// <summary>The agent's routes in one table: a method, a path test and a handler, tried in order; anything else is obshell's 404.</summary>
internal sealed class StubRouter(Func<StubRequest, StubResponse> notFound)
{
    private readonly List<(string Method, Func<string, bool> Path, Func<StubRequest, StubResponse> Handler)> _routes = [];

    public StubRouter Add(string method, Func<string, bool> path, Func<StubRequest, StubResponse> handler)
    {
        _routes.Add((method, path, handler));
        return this;
    }

    public StubResponse Handle(StubRequest request)
    {
        foreach (var (method, path, handler) in _routes)
        {
            if (string.Equals(method, request.Method, StringComparison.OrdinalIgnoreCase) && path(request.Path))
            {
                return handler(request);
            }
        }

        return notFound(request);
    }
}
