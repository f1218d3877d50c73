namespace GridFlow.Contracts.Paging;

/// <summary>One page of a list: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
