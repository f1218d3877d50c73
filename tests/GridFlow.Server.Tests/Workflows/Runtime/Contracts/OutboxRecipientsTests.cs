using GridFlow.Workflows.Core.Models;
using GridFlow.Workflows.Runtime.Contracts;

namespace GridFlow.Server.Tests.Workflows.Runtime.Contracts;

/// <summary>The one type that writes and reads an outbox row's recipients.</summary>
public sealed class OutboxRecipientsTests
{
    [Fact]
    public void EachKind_WritesItsDocumentedJson()
    {
        var region = Guid.Parse("01a2b3c4-0000-7000-8000-000000000001");

        Assert.Equal("""{"rule":"taskAssignee"}""", OutboxRecipients.TaskAssignee.ToJson());
        Assert.Equal("""{"rule":"role","role":"county-supervisor","regionId":"01a2b3c4-0000-7000-8000-000000000001"}""", OutboxRecipients.RoleIn("county-supervisor", region).ToJson());
        Assert.Equal("""{"rule":"townshipOfficers"}""", OutboxRecipients.Of(new AssigneeRule("townshipOfficers")).ToJson());
        Assert.Equal("""{"rule":"user","userName":"li.ming"}""", OutboxRecipients.Of(new AssigneeRule("user", "li.ming")).ToJson());
    }

    [Theory]
    [InlineData("""{"rule":"taskAssignee"}""")]
    [InlineData("""{"rule":"role","role":"city-supervisor","regionId":"01a2b3c4-0000-7000-8000-000000000001"}""")]
    [InlineData("""{"rule":"user","userName":"li.ming"}""")]
    [InlineData("""{"rule":"gridInspector"}""")]
    public void Parse_ReadsWhatToJsonWrote(string json) => Assert.Equal(json, OutboxRecipients.Parse(json).ToJson());

    [Fact]
    public void Parse_ReadsJsonbsOwnSpelling_AndIgnoresWhatItDoesNotKnow()
    {
        // PostgreSQL hands jsonb back with a space after each colon and keys in its own order.
        var parsed = OutboxRecipients.Parse("""{"role": "county-supervisor", "rule": "role", "extra": 1, "regionId": "01a2b3c4-0000-7000-8000-000000000001"}""");

        Assert.Equal(OutboxRecipients.RoleIn("county-supervisor", Guid.Parse("01a2b3c4-0000-7000-8000-000000000001")), parsed);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"rule":""}""")]
    [InlineData("[]")]
    [InlineData("not json")]
    [InlineData("""{"rule":"role","regionId":"not-a-guid"}""")]
    public void Parse_RefusesWhatNamesNoRule(string json) => Assert.Throws<FormatException>(() => OutboxRecipients.Parse(json));

    [Fact]
    public void AsAssigneeRule_IsTheRuleItWasMadeFrom() =>
        Assert.Equal(new AssigneeRule("user", "li.ming"), OutboxRecipients.Of(new AssigneeRule("user", "li.ming")).AsAssigneeRule());
}
