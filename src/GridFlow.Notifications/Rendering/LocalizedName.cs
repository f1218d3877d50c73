namespace GridFlow.Notifications.Rendering;

/// <summary>
/// A definition's name in one language. Names in <c>workflows/</c> are written "Chinese English" in one string
/// (<c>受理派单 Accept and dispatch</c>, <c>问题处置流程（严格）Issue lifecycle, strict</c>), because the definition
/// format has one name per task. A template in one language shows that half only: zh-CN the part before the English
/// tail, en the tail. A name that is not written so (Chinese only, English only, or mixed some other way) is shown
/// whole in both: a name in the other language beats no name.
/// </summary>
public static class LocalizedName
{
    public static string For(string name, string culture)
    {
        if (!TrySplit(name, out var chinese, out var english))
        {
            return name;
        }

        return culture == TemplateNames.En ? english : chinese;
    }

    /// <summary>Splits at the start of the name's English tail: the longest ASCII end that begins with a letter, after some non-ASCII text.</summary>
    public static bool TrySplit(string name, out string chinese, out string english)
    {
        (chinese, english) = (name, name);
        var start = name.Length;
        while (start > 0 && char.IsAscii(name[start - 1]))
        {
            start--;
        }

        while (start < name.Length && !char.IsAsciiLetter(name[start]))
        {
            start++;
        }

        if (start == 0 || start == name.Length)
        {
            return false;
        }

        var head = name[..start].Trim();
        if (head.Length == 0 || head.All(char.IsAscii))
        {
            return false;
        }

        (chinese, english) = (head, name[start..].Trim());
        return true;
    }
}
