namespace GridFlow.Web.Localization;

/// <summary>The admins' pages' texts (users and roles): <c>AdminText.resx</c> (zh-CN) and <c>AdminText.en.resx</c>.</summary>
public sealed class AdminText;
