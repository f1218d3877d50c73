using GridFlow.Attachments.Contracts;

namespace GridFlow.Server.Tests.Attachments;

/// <summary>How ids name attachments: only a GUID can; each missing one is named once, in order.</summary>
public sealed class AttachmentIdsTests
{
    private static readonly Guid Known = Guid.Parse("01a2b3c4-0000-7000-8000-000000000001");

    [Fact]
    public void Candidates_AreTheDistinctGuids()
    {
        var other = Guid.NewGuid();

        Assert.Equal([Known, other], AttachmentIds.Candidates([Known.ToString(), "photo.png", null, other.ToString().ToUpperInvariant(), Known.ToString()]));
    }

    [Fact]
    public void Missing_NamesUnknownAndMalformedIdsOnce_InTheOrderGiven()
    {
        var unknown = Guid.NewGuid().ToString();

        var missing = AttachmentIds.Missing([Known.ToString(), unknown, "not-a-guid", unknown, Known.ToString()], new HashSet<Guid> { Known });

        Assert.Equal([unknown, "not-a-guid"], missing);
    }
}
