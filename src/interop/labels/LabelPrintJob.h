#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/TubeLabel.h"

#include <QList>
#include <QString>

class QPrinter;

namespace sgl::interop::labels {

/**
 * Prints tube labels through Qt's printing system (QPrinter: CUPS on Linux, the driver of a
 * label printer or an office printer), one label per page at the label's size.
 *
 * Contract: the printer the caller chose (name, resolution, output file for a PDF printer) is
 * kept; this sets the page to the label size in mm with no margin (full page), one copy (each
 * label carries its own copy index: copies are distinct labels, not a driver setting), and the job
 * name. Every label is checked and encoded before the job starts: a bad one prints nothing.
 * Errors: the label's ("label.*", "labels.encode_failed", prefixed with its rank),
 * "labels.print_failed" when the printer refuses the page size or cannot start.
 */
class LabelPrintJob {
public:
    explicit LabelPrintJob(domain::LabelLayout layout);

    domain::Status print(QPrinter &printer, const QList<domain::TubeLabel> &labels,
                         const QString &jobName) const;

private:
    domain::LabelLayout m_layout;
};

} // namespace sgl::interop::labels
