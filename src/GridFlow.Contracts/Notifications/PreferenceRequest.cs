namespace GridFlow.Contracts.Notifications;

/// <summary><c>{ "email": false }</c> turns email off for a kind.</summary>
public sealed record PreferenceRequest([property: Required] bool? Email);
