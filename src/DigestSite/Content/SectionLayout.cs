namespace DigestSite.Content;

public enum LineRole { Paragraph, Label, Headline }

/// <summary>
/// Decides the role of every line after <c>What's the story</c> from the layout's order, not from one line at
/// a time. The layout is: story paragraphs (one or more), then any number of sections, each a label line, a
/// headline line and one or more paragraph lines. Among all role sequences that follow this order, the one whose
/// lines look most like their roles (the sum of <see cref="LineShape"/>'s costs) wins. So a short paragraph
/// that lost its full stop stays a paragraph when a real label and headline follow it, and a headline that
/// ends in <c>?</c> is a headline because a label comes before it and a paragraph after it.
/// </summary>
public static class SectionLayout
{
    /// <summary>What it costs to read the first line after the marker as a label, leaving the story empty (an
    /// error): high enough that a story paragraph is always preferred when one is plausible.</summary>
    public const double EmptyStoryCost = 5;

    public sealed record Reading(LineRole[] Roles, bool EmptyStory, double Cost);

    public static Reading Read(IReadOnlyList<string> lines)
    {
        var n = lines.Count;
        if (n == 0) return new Reading([], true, 0);

        const int roles = 3;
        var cost = new double[n, roles];
        var from = new int[n, roles];
        for (var i = 0; i < n; i++)
            for (var r = 0; r < roles; r++) { cost[i, r] = double.PositiveInfinity; from[i, r] = -1; }

        var own = new double[n, roles];
        for (var i = 0; i < n; i++)
        {
            own[i, (int)LineRole.Paragraph] = LineShape.ParagraphCost(lines[i]);
            own[i, (int)LineRole.Label] = LineShape.LabelCost(lines[i]);
            own[i, (int)LineRole.Headline] = LineShape.HeadlineCost(lines[i]);
        }

        cost[0, (int)LineRole.Paragraph] = own[0, (int)LineRole.Paragraph];
        cost[0, (int)LineRole.Label] = own[0, (int)LineRole.Label] + EmptyStoryCost;
        for (var i = 1; i < n; i++)
        {
            // A paragraph follows a paragraph or a headline; a label follows a paragraph; a headline a label.
            Relax(i, LineRole.Paragraph, LineRole.Paragraph);
            Relax(i, LineRole.Paragraph, LineRole.Headline);
            Relax(i, LineRole.Label, LineRole.Paragraph);
            Relax(i, LineRole.Headline, LineRole.Label);
        }

        // The digest ends with a paragraph (always possible: every line may be read as one).
        var last = (int)LineRole.Paragraph;

        var result = new LineRole[n];
        var state = last;
        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = (LineRole)state;
            state = from[i, state];
        }
        return new Reading(result, result[0] == LineRole.Label, cost[n - 1, last]);

        void Relax(int i, LineRole role, LineRole previous)
        {
            var c = cost[i - 1, (int)previous] + own[i, (int)role];
            // Strictly smaller only: on a tie the earlier rule (paragraph first) wins, so the result is stable.
            if (c < cost[i, (int)role] - 1e-9)
            {
                cost[i, (int)role] = c;
                from[i, (int)role] = (int)previous;
            }
        }
    }
}
