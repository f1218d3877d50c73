namespace GridFlow.Benchmarks.Assessment.Province;

/// <summary>Generated Chinese names (surname + one or two given characters), so lists and scorecards look like the real ones.</summary>
public static class InspectorNames
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string Given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国建华志强海燕晓东晓红雪梅丹宁";

    public static string For(int inspector)
    {
        // Deterministic per inspector: the same name in every run, without a shared Random.
        var hash = (uint)((inspector * 2654435761L) >> 3);
        var surname = Surnames[(int)(hash % (uint)Surnames.Length)];
        var first = Given[(int)((hash / 131) % (uint)Given.Length)];
        return inspector % 3 == 0
            ? $"{surname}{first}"
            : $"{surname}{first}{Given[(int)((hash / 7919) % (uint)Given.Length)]}";
    }
}
