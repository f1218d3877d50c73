namespace GridFlow.Web.Modules;

/// <summary>
/// What a module's API operation answered, as the console needs it: the value, or the HTTP status the API would have
/// sent with its message and its errors by JSON field name (the same names the forms' fields carry).
/// </summary>
public sealed record CallOutcome<T>(int Status, T? Value, string? Message, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public bool Succeeded => Status is >= 200 and < 300;

    public bool NotFound => Status == StatusCodes.Status404NotFound;

    public bool Forbidden => Status == StatusCodes.Status403Forbidden;

    /// <summary>The first error of a field, for the field's helper text; null when it has none.</summary>
    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) && messages.Length > 0 ? messages[0] : null;

    public static CallOutcome<T> Success(T? value, int status = StatusCodes.Status200OK) => new(status, value, null, NoErrors);

    public static CallOutcome<T> Failure(int status, string? message, IDictionary<string, string[]>? errors = null) =>
        new(status, default, message, errors is null ? NoErrors : new Dictionary<string, string[]>(errors));
}
