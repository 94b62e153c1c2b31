// SPDX-License-Identifier: GPL-3.0-or-later
// Place names and addresses as the gazetteer compares them: words folded to lower case
// without accents ("Sant Julià de Lòria" -> "sant julia de loria", "Maxwell's" -> "maxwells",
// "Straße" -> "strasse"), "Saint"/"Mount"/"Fort" written as "st"/"mt"/"ft" so that either
// spelling matches, and an address cut into its comma-separated parts and words.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVector>

namespace atlas {

// The folded form of a name: its words, folded, joined by single spaces (UTF-8).
QByteArray foldPlaceName(QStringView name);
// The same for a name in UTF-8 (quicker for the gazetteer's 170,000 names, mostly ASCII).
QByteArray foldPlaceName(QByteArrayView utf8);

struct AddressWord
{
    QByteArray folded; // as foldPlaceName() folds it
    QString original;
    int part = 0;        // which comma-separated part of the address
    int inPart = 0;      // its index among that part's words
    int at = 0;          // where it starts in the part's text
    bool upper = false;  // written in capitals ("TN", "USA")
    bool number = false; // digits only
};

struct AddressText
{
    QVector<AddressWord> words;
    QStringList parts; // the text of each part, trimmed
    // The words of part p are words[partStart[p]] .. words[partStart[p + 1] - 1].
    QVector<int> partStart;

    int partCount() const { return int(parts.size()); }
    int wordsIn(int part) const { return partStart[part + 1] - partStart[part]; }
    // Folded words first .. last (inclusive) joined by spaces.
    QByteArray phrase(int first, int last) const;
};

// At most this many characters of an address are read (its end: the town, region and
// country are written last); and at most this many words.
inline constexpr int kMaxAddressChars = 1000;
inline constexpr int kMaxAddressWords = 200;

// Cuts an address at commas, semicolons, line breaks, control characters, brackets and
// dashes between spaces ("Start Campus - Sustainable ...").
AddressText splitAddress(QStringView address);

// Street words ("Rd", "Street", "Hwy", "Parkway", ...), folded.
bool isStreetWord(const QByteArray& folded);
// Words after a street name that still belong to it: "Hwy 54 W", "Rd SW".
bool isStreetTail(const AddressWord& word);
// Words that name a kind of division after its name: "Zhangbei County", "Zhangjiakou Shi".
bool isDivisionWord(const QByteArray& folded);
// Of those, the US kinds that hold many towns ("Madison County", "Richland Parish"): the
// name before them is a county's, not a town's.
bool isCountyWord(const QByteArray& folded);

} // namespace atlas
