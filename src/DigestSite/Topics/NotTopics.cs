namespace DigestSite.Topics;

/// <summary>
/// Names that are never topics, however often a digest uses them: currency codes and symbols' names ("CHF"),
/// units ("kWh", "GW") and words that are capitalised in news but name no place, person or body of their own
/// ("Earth" in "driest places on Earth", "DNA", "Korean"). Compared ignoring case.
/// </summary>
internal static class NotTopics
{
    private static readonly HashSet<string> Names = new(
        ("AED ARS AUD BDT BGN BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP GHS HKD HUF IDR ILS INR ISK JPY KES KRW " +
         "MAD MXN MYR NGN NOK NZD PEN PHP PKR PLN QAR RON RUB SAR SEK SGD THB TRY TWD TZS UAH UGX USD VND XAF XOF ZAR " +
         "Euro Euros Dollar Dollars Franc Francs Krone Kroner Krona Yen Yuan Renminbi Rupee Rupees Real Reais Peso Pesos " +
         "Cedi Cedis Shilling Shillings Rand Naira Zloty Forint Lira Pound Pounds Sterling " +
         "km kph mph kW kWh MW MWh GW GWh TW TWh mm cm m2 km2 kg mg ml ppm CO2 GDP CPI VAT " +
         "Earth World Sun Internet Web America Americas " +
         // Abbreviations of common nouns, and adjectives of peoples and languages that name no one place: "Korean"
         // stands for either Korea (the gazetteer leaves it out for that), "Roman" for a people of the past.
         "DNA RNA SIM PIN ATM GPS SMS USB LED X-ray X-rays Korean Koreans Roman Romans English").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string name) => Names.Contains(name);
}
