#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/TubeLabel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::interop::labels {

/**
 * Tube labels as ZPL II for Zebra printers, bytes ready for a raw queue or port 9100
 * (LabelPrinter). Each label is one format, ^XA ... ^XZ, printed once (^PQ1: copies are distinct
 * labels carrying their copy index). Places come from domain::LabelGeometry, converted from mm to
 * dots at the layout's dpi, so the label matches the PDF one.
 *
 * Mapping (docs/interfaces/labels.md): ^CI28 (field data in UTF-8, accents sent as is); ^PW/^LL
 * label width and length; text in the scalable font 0 (^A0N) inside a one-line field block (^FB,
 * left, right or centred), so no text runs past its block; the priority mark is a filled box
 * (^GB) with the text reversed (^FR); Code 128 is ^BY (module in dots) + ^BC in automatic subset
 * mode (A), no interpretation line (the label prints its own); DataMatrix is ^BX quality 200 with
 * the rows and columns libzint chose, so the printed symbol has the size the layout was checked
 * against. Every ^FD is preceded by ^FH: '^', '~', '_' and control characters are sent as _XX hex
 * escapes and cannot end the field or start a command.
 *
 * Text fitting: the printer measures font 0, not us. A text is cut to the characters that fit its
 * block at CharWidthFactor x the font height each (an over-estimate for font 0, a condensed font)
 * and ends with "..." when cut; the right-hand field of a line is reserved its estimated width first.
 */
class ZplWriter {
public:
    /** Estimated advance of one font-0 character, as a share of the font height. */
    static constexpr double CharWidthFactor = 0.6;

    explicit ZplWriter(domain::LabelLayout layout);

    /**
     * One ^XA...^XZ format per label, in order. Every label is checked and encoded first
     * (LabelEncoder::prepareAll): a bad one gives its error and no bytes at all.
     */
    [[nodiscard]] domain::Result<QByteArray> write(const QList<domain::TubeLabel> &labels) const;

    /** ^FD data for `text`: UTF-8, with '^', '~', '_' and control characters as ^FH "_XX" escapes. */
    [[nodiscard]] static QByteArray fieldData(const QString &text);

private:
    domain::LabelLayout m_layout;
};

} // namespace sgl::interop::labels
