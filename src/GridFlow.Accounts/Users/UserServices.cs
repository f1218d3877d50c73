using GridFlow.Accounts.Contracts;
using GridFlow.Data;

namespace GridFlow.Accounts.Users;

/// <summary>What the <c>/api/users</c> handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record UserServices(GridFlowDbContext Db, ICallerPlaces Places, AccountChecks Checks, AccountWriter Writer);
