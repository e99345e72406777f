using SourceScore.Languages;

namespace SourceScore.Tests.Languages;

public sealed class LanguageDetectorTests
{
    private const string English =
        "The council approved the harbour budget on Monday after a long debate, the mayor said in a statement. "
        + "It will take effect next year and pays for dredging, which the port has asked for since the storm.";

    // Short news-like paragraphs written for these tests, one per language the issue names.
    [Theory]
    [InlineData("fr", "Le conseil municipal a approuvé lundi le budget du port après un long débat, a indiqué le maire dans un communiqué. Il entrera en vigueur l'année prochaine et financera le dragage demandé depuis la tempête.")]
    [InlineData("es", "El ayuntamiento aprobó el lunes el presupuesto del puerto tras un largo debate, según informó el alcalde en un comunicado. Entrará en vigor el próximo año y financiará el dragado pedido desde la tormenta.")]
    [InlineData("de", "Der Stadtrat hat am Montag nach langer Debatte den Haushalt des Hafens beschlossen, teilte der Bürgermeister in einer Erklärung mit. Er tritt im nächsten Jahr in Kraft und bezahlt das Ausbaggern nach dem Sturm.")]
    [InlineData("pt", "A câmara municipal aprovou na segunda-feira o orçamento do porto depois de um longo debate, disse o prefeito em comunicado. Entra em vigor no próximo ano e paga a dragagem pedida desde a tempestade.")]
    [InlineData("it", "Il consiglio comunale ha approvato lunedì il bilancio del porto dopo un lungo dibattito, ha detto il sindaco in una nota. Entrerà in vigore il prossimo anno e pagherà il dragaggio chiesto dopo la tempesta.")]
    [InlineData("ru", "Городской совет в понедельник после долгих обсуждений утвердил бюджет порта, сообщил мэр в заявлении. Он вступит в силу в следующем году и оплатит дноуглубительные работы после шторма.")]
    [InlineData("ar", "وافق المجلس البلدي يوم الاثنين على ميزانية الميناء بعد نقاش طويل، حسبما قال رئيس البلدية في بيان. وستدخل حيز التنفيذ العام المقبل وتمول أعمال الجرف بعد العاصفة.")]
    [InlineData("zh", "市议会周一经过长时间辩论后批准了港口预算，市长在一份声明中表示。该预算将于明年生效，用于支付风暴后的疏浚工程费用。")]
    [InlineData("ja", "市議会は月曜日、長い議論の末に港の予算を承認したと市長が声明で明らかにした。予算は来年施行され、嵐の後の浚渫工事の費用に充てられる。")]
    [InlineData("ko", "시의회는 월요일 긴 토론 끝에 항구 예산을 승인했다고 시장이 성명에서 밝혔다. 예산은 내년에 시행되며 폭풍 이후의 준설 작업 비용으로 쓰인다.")]
    public void Tells_each_major_news_language(string code, string text)
    {
        var language = LanguageDetector.Shared.Detect(text, null);
        Assert.Equal(code, language.Code);
        Assert.InRange(language.Confidence, 0.5, 1);
        Assert.False(language.IsJudgedAsEnglish);
    }

    [Fact]
    public void English_takes_the_fast_path()
    {
        var language = LanguageDetector.Shared.Detect(English, null);
        Assert.Equal("en", language.Code);
        Assert.True(language.IsJudgedAsEnglish);
        Assert.Equal("English", language.Name);
    }

    [Fact]
    public void An_English_story_quoting_Spanish_stays_English()
    {
        string text = English + " \"No vamos a esperar otro año\", dijo un pescador del muelle. "
            + "The fishermen said they had waited too long, and the union has asked the council to start the work in spring.";
        Assert.Equal("en", LanguageDetector.Shared.Detect(text, null).Code);
    }

    [Fact]
    public void A_text_too_short_to_tell_is_undetermined_and_judged_as_English()
    {
        var language = LanguageDetector.Shared.Detect("Paris, lundi", null);
        Assert.True(language.IsUndetermined);
        Assert.Equal("und", language.Code);
        Assert.Equal(0, language.Confidence);
        Assert.True(language.IsJudgedAsEnglish);
    }

    [Fact]
    public void A_short_text_takes_the_declared_language()
    {
        var language = LanguageDetector.Shared.Detect("Paris, lundi", "fr-FR");
        Assert.Equal("fr", language.Code);
        Assert.True(language.FromDeclaration);
    }

    [Fact]
    public void A_declared_language_does_not_override_clear_text()
    {
        // A page declaring lang="de" over English text (seen among the real pages) stays English.
        var language = LanguageDetector.Shared.Detect(English, "de");
        Assert.Equal("en", language.Code);
        Assert.False(language.FromDeclaration);
    }

    [Theory]
    [InlineData("pt-BR", "pt")]
    [InlineData("fr_FR", "fr")]
    [InlineData(" EN ", "en")]
    [InlineData("no", "nb")]
    [InlineData("english", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Declared_tags_are_reduced_to_their_ISO_639_1_code(string? tag, string? code) =>
        Assert.Equal(code, LanguageDetector.Normalise(tag));

    [Fact]
    public void Detection_is_the_same_on_many_threads()
    {
        string french = "Le conseil municipal a approuvé lundi le budget du port après un long débat, a indiqué le maire dans un communiqué.";
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 64, i => results.Add(LanguageDetector.Shared.Detect(i % 2 == 0 ? french : English, null).Code));
        Assert.Equal(32, results.Count(c => c == "fr"));
        Assert.Equal(32, results.Count(c => c == "en"));
    }
}
