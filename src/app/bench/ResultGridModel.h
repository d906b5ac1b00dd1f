#pragma once

#include "workflow/bench/BenchResultEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace sgl::app {

/**
 * The result entry grid of one dossier: analysis, value (editable while the result can be
 * entered and the analysis is not calculated), unit, the patient's reference range, flag and
 * state, and for a value from an analyzer the analyzer and the instrument's flags as sent
 * (InstrumentColumn). The model holds no rule: an edit is handed to the committer (the view, which calls
 * the entry use case) and the rows are then updated in place with what was stored.
 */
class ResultGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AnalysisColumn, ValueColumn, UnitColumn, ReferenceColumn, FlagColumn, StateColumn, InstrumentColumn,
                  ColumnCount };
    /** Stores `text` for the result of `row`; false when refused (the view says why). */
    using Committer = std::function<bool(int row, const QString &text)>;

    explicit ResultGridModel(QObject *parent = nullptr);

    void setSheet(workflow::bench::DossierSheet sheet);
    [[nodiscard]] const workflow::bench::DossierSheet &sheet() const { return m_sheet; }
    [[nodiscard]] const workflow::bench::SheetRow &row(int row) const { return m_sheet.rows.at(row); }
    void setCommitter(Committer committer) { m_committer = std::move(committer); }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /** Replaces the stored result of the same id (dataChanged); false when it is not shown. */
    bool updateResult(const domain::LabResult &result);
    /** Whether the value of `row` can be typed now. */
    [[nodiscard]] bool isEditableRow(int row) const;
    /** The next row after `row` whose value can be typed, or -1. */
    [[nodiscard]] int nextEditableRow(int row) const;
    /** "3,9 – 6,1" (or the expected text of a coded result); empty without a range. */
    [[nodiscard]] static QString referenceText(const workflow::bench::SheetRow &row);
    /** "xn-550 · H W" for a value from an analyzer (profile name, then its flags); empty when typed. */
    [[nodiscard]] static QString instrumentText(const domain::LabResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    workflow::bench::DossierSheet m_sheet;
    Committer m_committer;
    bool m_readOnly = false;
};

} // namespace sgl::app
