using Conformance.Engine.Checks;
using FluentAssertions;

namespace Conformance.Engine.Tests.Reports;

public sealed class ExcerptTests
{
    [Test]
    public void An_excerpt_never_ends_inside_a_surrogate_pair()
    {
        var body = new string('x', 599) + "\U0001F600 and more";

        var excerpt = Expect.Excerpt(body);

        excerpt.Should().Be(new string('x', 599) + "...", "half an emoji is a lone surrogate no report can carry");
    }

    [Test]
    public void An_excerpt_keeps_a_pair_that_fits()
    {
        var body = new string('x', 598) + "\U0001F600 and more";

        Expect.Excerpt(body).Should().Be(new string('x', 598) + "\U0001F600...");
    }
}
