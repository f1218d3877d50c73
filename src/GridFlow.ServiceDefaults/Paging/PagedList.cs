namespace GridFlow.ServiceDefaults.Paging;

/// <summary>One page of a list: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
