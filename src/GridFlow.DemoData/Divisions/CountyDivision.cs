namespace GridFlow.DemoData.Divisions;

/// <summary>A county-level unit (县/县级市/区) with its townships in code order.</summary>
/// <param name="Code">Official six-digit code, e.g. 371502.</param>
/// <param name="Name">Official name, e.g. 东昌府区.</param>
/// <param name="Seat">Approximate location of the county government; added by hand, not from china-division.</param>
/// <param name="Townships">Its townships in code order.</param>
public sealed record CountyDivision(string Code, string Name, GeoPoint Seat, IReadOnlyList<TownshipDivision> Townships);
