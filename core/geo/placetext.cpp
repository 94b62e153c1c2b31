// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/placetext.h"

#include <QSet>

namespace atlas {
namespace {

bool isApostrophe(char32_t c)
{
    return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || isApostrophe(c);
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || QChar::category(c) == QChar::Other_Format;
}

bool isPartSeparator(char32_t c)
{
    switch (c) {
    case ',':
    case ';':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '|':
    case 0xFF0C: // full-width comma
    case 0x3001: // ideographic comma
        return true;
    default:
        return isControl(c);
    }
}

// Letters that Unicode does not decompose into a base letter and a mark.
const char* latinSpecial(char32_t c)
{
    switch (c) {
    case 0xDF:
        return "ss";
    case 0xE6:
        return "ae";
    case 0x153:
        return "oe";
    case 0xF8:
        return "o";
    case 0x111:
        return "d";
    case 0xF0:
        return "d";
    case 0x142:
        return "l";
    case 0x131:
        return "i";
    case 0xFE:
        return "th";
    case 0x127:
        return "h";
    default:
        return nullptr;
    }
}

// Calls f(code point) for each code point of s.
template <typename F> void forEachCodePoint(QStringView s, F f)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        f(c);
    }
}

QByteArray canonicalWord(QByteArray word)
{
    if (word == "saint")
        return "st";
    if (word == "sainte")
        return "ste";
    if (word == "mount")
        return "mt";
    if (word == "fort")
        return "ft";
    return word;
}

// One word (letters, digits and marks only) folded.
QByteArray foldWord(QStringView word)
{
    bool ascii = true;
    for (QChar c : word)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QByteArray out = word.toLatin1().toLower();
        out.removeIf([](char c) { return c == '\'' || c == '`'; });
        return canonicalWord(out);
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    forEachCodePoint(decomposed, [&out](char32_t c) {
        if (const char* special = latinSpecial(QChar::toCaseFolded(c))) {
            out += QLatin1StringView(special);
        } else if (QChar::isLetterOrNumber(c)) {
            const char32_t folded = QChar::toCaseFolded(c);
            if (QChar::requiresSurrogates(folded)) {
                out += QChar(QChar::highSurrogate(folded));
                out += QChar(QChar::lowSurrogate(folded));
            } else {
                out += QChar(char16_t(folded));
            }
        }
    });
    return canonicalWord(out.toUtf8());
}

// Calls f(word) for each run of letters, digits and marks (apostrophes inside included).
template <typename F> void forEachWord(QStringView text, F f)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const qsizetype at = i;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isWordChar(c)) {
            if (start < 0)
                start = at;
        } else if (start >= 0) {
            f(text.mid(start, at - start));
            start = -1;
        }
    }
    if (start >= 0)
        f(text.mid(start));
}

void addWords(QStringView part, int partIndex, AddressText* text)
{
    int inPart = 0;
    forEachWord(part, [&](QStringView original) {
        QByteArray folded = foldWord(original);
        if (folded.isEmpty() || text->words.size() >= kMaxAddressWords)
            return;
        AddressWord word;
        word.original = original.toString();
        word.folded = std::move(folded);
        word.part = partIndex;
        word.inPart = inPart++;
        word.at = int(original.data() - part.data());
        word.upper =
            word.original == word.original.toUpper() && word.original != word.original.toLower();
        word.number = std::all_of(word.original.cbegin(), word.original.cend(),
                                  [](QChar c) { return c.isDigit(); });
        text->words.append(std::move(word));
    });
}

void appendWord(QByteArray&& folded, QByteArray* out)
{
    if (folded.isEmpty())
        return;
    if (!out->isEmpty())
        *out += ' ';
    *out += folded;
}

} // namespace

QByteArray foldPlaceName(QStringView name)
{
    QByteArray out;
    forEachWord(name, [&out](QStringView word) { appendWord(foldWord(word), &out); });
    return out;
}

QByteArray foldPlaceName(QByteArrayView utf8)
{
    const bool ascii =
        std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii)
        return foldPlaceName(QString::fromUtf8(utf8));
    // The same as above, for the names that are plain ASCII (most of them), without a QString.
    QByteArray out;
    qsizetype start = -1;
    const auto finish = [&](qsizetype end) {
        if (start >= 0)
            appendWord(
                canonicalWord(
                    utf8.sliced(start, end - start).toByteArray().toLower().removeIf([](char c) {
                        return c == '\'' || c == '`';
                    })),
                &out);
        start = -1;
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (std::isalnum(uchar(c)) || c == '\'' || c == '`') {
            if (start < 0)
                start = i;
        } else {
            finish(i);
        }
    }
    finish(utf8.size());
    return out;
}

QByteArray AddressText::phrase(int first, int last) const
{
    QByteArray out = words[first].folded;
    for (int i = first + 1; i <= last; ++i)
        out += ' ' + words[i].folded;
    return out;
}

AddressText splitAddress(QStringView address)
{
    if (address.size() > kMaxAddressChars)
        address = address.right(kMaxAddressChars);
    AddressText text;
    qsizetype partStart = 0;
    const auto endPart = [&](qsizetype end) {
        const QStringView part = address.mid(partStart, end - partStart).trimmed();
        if (!part.isEmpty()) {
            text.partStart.append(int(text.words.size()));
            addWords(part, int(text.parts.size()), &text);
            if (text.partStart.last() == text.words.size()) // no words: not a part
                text.partStart.removeLast();
            else
                text.parts.append(part.toString());
        }
    };
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address[i];
        const bool spacedDash = c.category() == QChar::Punctuation_Dash && i > 0 &&
                                i + 1 < address.size() && address[i - 1].isSpace() &&
                                address[i + 1].isSpace();
        if (isPartSeparator(c.unicode()) || spacedDash) {
            endPart(i);
            partStart = i + 1;
        }
    }
    endPart(address.size());
    text.partStart.append(int(text.words.size()));
    return text;
}

bool isStreetWord(const QByteArray& folded)
{
    static const QSet<QByteArray> words = {
        "rd",         "road",      "st",      "street",  "ave",      "av",     "avenue",
        "blvd",       "boulevard", "hwy",     "highway", "dr",       "drive",  "ln",
        "lane",       "way",       "pkwy",    "parkway", "pky",      "cir",    "circle",
        "ct",         "court",     "lp",      "loop",    "pl",       "place",  "ter",
        "terrace",    "trl",       "trail",   "pike",    "sq",       "square", "expy",
        "expressway", "fwy",       "freeway", "tpke",    "turnpike", "rte",    "route",
        "cres",       "crescent",  "aly",     "alley",   "byp",      "bypass", "cswy",
        "causeway",   "xing",      "crossing"};
    return words.contains(folded);
}

bool isStreetTail(const AddressWord& word)
{
    static const QSet<QByteArray> directions = {"n", "s", "e", "w", "ne", "nw", "se", "sw"};
    if (word.number || directions.contains(word.folded))
        return true;
    // Ordinals: "90th", "1st", "2nd", "3rd".
    const QByteArray& w = word.folded;
    return w.size() > 2 && std::isdigit(static_cast<unsigned char>(w[0])) &&
           (w.endsWith("th") || w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd"));
}

bool isDivisionWord(const QByteArray& folded)
{
    static const QSet<QByteArray> words = {"district", "prefecture", "province",     "shi",
                                           "xian",     "qu",         "zhen",         "city",
                                           "town",     "township",   "municipality", "village"};
    return words.contains(folded) || isCountyWord(folded);
}

bool isCountyWord(const QByteArray& folded)
{
    static const QSet<QByteArray> words = {"county", "co", "cnty", "parish", "borough"};
    return words.contains(folded);
}

} // namespace atlas
