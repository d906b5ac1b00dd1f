#pragma once

#include "app/analyzers/AnalyzerServices.h"

#include <QComboBox>

namespace sgl::app {

/**
 * Chooses a catalogue analysis: a searchable combo box listing "CODE — libellé". A code typed
 * that is not listed is kept as typed (the use case then says whether it exists).
 */
class AnalysisPicker : public QComboBox {
    Q_OBJECT
public:
    explicit AnalysisPicker(QWidget *parent = nullptr);

    void setAnalyses(const QList<AnalysisChoice> &analyses);
    /** Selects `code` (typed as is when not listed); empty clears. */
    void setCode(const QString &code);
    /** The chosen analysis code, empty when none. */
    [[nodiscard]] QString code() const;
    [[nodiscard]] static QString display(const AnalysisChoice &choice);
};

} // namespace sgl::app
