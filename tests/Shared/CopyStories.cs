namespace SourceScore.Testing;

/// <summary>
/// An invented wire story, a reworded copy of it (words swapped for synonyms, sentences rephrased, as a spinner or a
/// paraphrasing tool leaves it) and an independent report of the same invented event: copy detection's test texts.
/// </summary>
internal static class CopyStories
{
    public const string Original =
        "Harbour workers in Porthaven began a 48-hour strike on Monday over a pay offer the port authority called final.\n" +
        "The Porthaven Dockers Union said 1,200 of its members walked out at 6am, halting container traffic at the eastern terminal.\n" +
        "Union secretary Maria Ostrander said the offer of 2.5 percent fell far short of inflation.\n" +
        "The port authority said talks with the union would resume on Thursday under an independent mediator, Judge Alan Whitcombe.\n" +
        "Shipping agents warned that 14 vessels were waiting to unload and that delays could reach the regional fuel depot by the weekend.\n" +
        "The last strike at the port, in 2019, lasted nine days.\n";

    /// <summary>The original with its words swapped for synonyms and a few sentences rephrased, as a spinner or a paraphrasing tool leaves it.</summary>
    public const string Reworded =
        "Dock labourers in Porthaven started a 48-hour walkout on Monday about a wage proposal the harbour authority described as final.\n" +
        "The Porthaven Dockers Union stated that 1,200 of its members left work at 6am, stopping container movements at the east terminal.\n" +
        "Union secretary Maria Ostrander stated the proposal of 2.5 percent fell well short of inflation.\n" +
        "The harbour authority stated negotiations with the union would restart on Thursday under an independent mediator, Judge Alan Whitcombe.\n" +
        "Shipping agents cautioned that 14 ships were waiting to unload and that hold-ups could hit the regional fuel depot by the weekend.\n" +
        "The previous walkout at the harbour, in 2019, went on for nine days.\n";

    /// <summary>Coverage of the same event reported independently: its own sources, figures and order.</summary>
    public const string Independent =
        "Ferry passengers faced long queues at Porthaven on Monday as a dock strike spread to the western quays.\n" +
        "Commuter Dev Patel, 34, said he had waited three hours for a crossing that normally takes 40 minutes.\n" +
        "Port authority chief executive Helen Varga told reporters the dispute was costing the port about 300,000 pounds a day.\n" +
        "She urged the union to put the offer to a ballot of its members.\n" +
        "Local businesses on the seafront said trade had fallen by a third since the weekend.\n" +
        "Police said the picket lines had been peaceful.\n";
}
