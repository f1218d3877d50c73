namespace GridFlow.Contracts.Paging;

/// <summary>The <c>?page=&amp;pageSize=</c> of every list endpoint.</summary>
public sealed record PageQuery(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;

    /// <summary>Errors keyed by query parameter, empty when the paging is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (PageNumber < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (Size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        return errors;
    }
}
