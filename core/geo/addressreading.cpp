// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/addressreading.h"

#include "core/geo/gazetteerdata.h"

#include <QRegularExpression>

namespace atlas {
namespace {

constexpr int kMaxPlaceWords = 6;      // "Sant Julia de Loria", "Winston Salem"
constexpr int kMaxCountryWords = 7;    // "South Georgia and the South Sandwich Islands"
constexpr int kMaxPlacesPerName = 500; // the most populous, for names found in many countries

class Reader
{
public:
    Reader(const GazetteerData& data, QStringView address, int country)
        : m_data(data), m_country(country)
    {
        m_out.text = splitAddress(address);
        m_street.fill(false, m_out.text.words.size());
        markStreets();
        findCountries();
        findRegions();
        findZips();
        findTowns();
    }
    AddressReading take() { return std::move(m_out); }

private:
    const AddressText& text() const { return m_out.text; }
    const AddressWord& word(int i) const { return m_out.text.words[i]; }
    int partEnd(int part) const { return m_out.text.partStart[part + 1]; }
    const QString& alpha2(int country) const { return m_data.countries[size_t(country)].alpha2; }

    bool isStateAbbreviation(const AddressWord& w) const
    {
        return w.upper && w.folded.size() == 2 && !m_data.regionsAbbreviated(w.folded).isEmpty();
    }

    // Words up to the last street word of a part, and the numbers and directions after it.
    void markStreets()
    {
        for (int p = 0; p < text().partCount(); ++p) {
            const int first = text().partStart[p], end = partEnd(p);
            int last = -1;
            for (int i = first; i < end; ++i) {
                if (!isStreetWord(word(i).folded))
                    continue;
                const bool numberAfter = i + 1 < end && word(i + 1).number;
                if (i == first && !numberAfter) // "St Louis", "Route" alone
                    continue;
                if (isStateAbbreviation(word(i)) &&
                    (i + 1 == end || word(i + 1).number)) // "Hartford CT 06103"
                    continue;
                last = i;
            }
            if (last < 0)
                continue;
            while (last + 1 < end && isStreetTail(word(last + 1)))
                ++last;
            for (int i = first; i <= last; ++i)
                m_street[i] = true;
        }
    }

    bool inStreet(int first, int last) const
    {
        for (int i = first; i <= last; ++i) {
            if (m_street[i])
                return true;
        }
        return false;
    }

    bool isWholePart(int first, int last) const
    {
        const int part = word(first).part;
        if (first != text().partStart[part])
            return false;
        for (int i = last + 1; i < partEnd(part); ++i) {
            if (!isDivisionWord(word(i).folded))
                return false;
        }
        return true;
    }

    // Calls found(first, last) for runs of words in a part, longest first; a run it takes
    // (returns true for) is skipped past: "West Virginia" is not read as "Virginia" too.
    template <typename F> void findLongest(int maxWords, F found)
    {
        for (int p = 0; p < text().partCount(); ++p) {
            const int end = partEnd(p);
            for (int i = text().partStart[p]; i < end; ++i) {
                for (int last = std::min(end, i + maxWords) - 1; last >= i; --last) {
                    if (!inStreet(i, last) && found(i, last)) {
                        i = last;
                        break;
                    }
                }
            }
        }
    }

    // Countries by name or code. Codes count only as a whole part ("..., USA"), and two-letter
    // ones only as the last part: "TN" in "Memphis, TN" is Tennessee, not Tunisia.
    void findCountries()
    {
        findLongest(kMaxCountryWords, [this](int first, int last) {
            const int country = m_data.countryNamed(text().phrase(first, last));
            if (country < 0)
                return false;
            qsizetype letters = 0;
            bool shortWords = true;
            for (int w = first; w <= last; ++w) {
                letters += word(w).folded.size();
                shortWords = shortWords && word(w).folded.size() <= 3;
            }
            const bool code = shortWords && letters <= 3;
            const int part = word(first).part;
            const bool whole = first == text().partStart[part] && last == partEnd(part) - 1;
            if (code && (!whole || (letters == 2 && part != text().partCount() - 1)))
                return false;
            m_out.countries.append({first, last, country, !code});
            return true;
        });
    }

    // Regions by name or, written in capitals or alone, by abbreviation ("TN").
    void findRegions()
    {
        findLongest(kMaxPlaceWords, [this](int first, int last) {
            const QByteArray key = text().phrase(first, last);
            QList<int> ids = m_data.regionsNamed(key);
            const bool spelledOut = !ids.isEmpty();
            if (ids.isEmpty() && first == last && (word(first).upper || isWholePart(first, first)))
                ids = m_data.regionsAbbreviated(key);
            if (m_country >= 0)
                ids.removeIf(
                    [this](int r) { return m_data.regions[size_t(r)].country != m_country; });
            for (int r : ids)
                m_out.regions.append({first, last, r, spelledOut});
            return !ids.isEmpty();
        });
    }

    // Five digits, or ZIP+4, but not a house number ("10001 Lima Rd") nor a range of them
    // ("14651-15249 Gold Coast Rd"), and only where the address may be in the US.
    void findZips()
    {
        if (m_country >= 0 && !isUsLike(alpha2(m_country)))
            return;
        static const QRegularExpression zipPattern(
            QStringLiteral("(?<![\\d-])(\\d{5})(?:-\\d{4})?(?!\\d|-\\d)"));
        for (int p = 0; p < text().partCount(); ++p) {
            auto matches = zipPattern.globalMatch(text().parts[p]);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                const GazetteerZip* zip = m_data.zip(match.captured(1).toUInt());
                if (!zip)
                    continue;
                for (int i = text().partStart[p]; i < partEnd(p); ++i) {
                    if (word(i).at != match.capturedStart(1))
                        continue;
                    if (!(word(i).inPart == 0 && m_street[i]))
                        m_out.zips.append({zip, i});
                    break;
                }
            }
        }
    }

    void findTowns()
    {
        for (int p = 0; p < text().partCount(); ++p) {
            const int first = text().partStart[p], end = partEnd(p);
            for (int i = first; i < end; ++i) {
                for (int last = i; last < std::min(end, i + kMaxPlaceWords); ++last) {
                    if (word(last).number && last == i)
                        break; // a town's name does not start with a number
                    const bool whole = isWholePart(i, last);
                    if (!whole && inStreet(i, last))
                        continue;
                    const QByteArray key = text().phrase(i, last);
                    if (key.size() < 2)
                        continue;
                    const auto [from, to] =
                        m_data.placesNamed(std::string_view(key.constData(), size_t(key.size())));
                    if (from == to)
                        continue;
                    const bool county = last + 1 < end && isCountyWord(word(last + 1).folded);
                    int next = last + 1;
                    while (next < end && isDivisionWord(word(next).folded))
                        ++next;
                    if (next == end)
                        next = p + 1 < text().partCount() ? text().partStart[p + 1] : -1;
                    int taken = 0;
                    for (const quint32* it = from; it != to && taken < kMaxPlacesPerName; ++it) {
                        const GazetteerPlace& pl = m_data.places[*it];
                        if (m_country >= 0 && pl.country != m_country)
                            continue;
                        if (county && isUsLike(alpha2(pl.country)))
                            continue;
                        m_out.towns.append({int(*it), i, last, next, whole});
                        ++taken;
                    }
                }
            }
        }
    }

    const GazetteerData& m_data;
    const int m_country;
    QVector<bool> m_street;
    AddressReading m_out;
};

} // namespace

bool isUsLike(const QString& alpha2)
{
    return alpha2 == u"US" || alpha2 == u"PR" || alpha2 == u"VI" || alpha2 == u"GU" ||
           alpha2 == u"AS" || alpha2 == u"MP";
}

AddressReading readAddress(const GazetteerData& data, QStringView address, int country)
{
    return Reader(data, address, country).take();
}

} // namespace atlas
