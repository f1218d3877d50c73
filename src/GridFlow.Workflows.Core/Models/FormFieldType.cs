using System.Text.Json.Serialization;

namespace GridFlow.Workflows.Core.Models;

/// <summary>The kinds of form field a user task can require.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FormFieldType>))]
public enum FormFieldType
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("choice")] Choice,
    [JsonStringEnumMemberName("photos")] Photos,
}
