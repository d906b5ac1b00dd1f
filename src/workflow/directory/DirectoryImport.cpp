#include "workflow/directory/DirectoryImport.h"

#include "domain/audit/AuditActor.h"
#include "interop/directory/DirectoryFileFormat.h"
#include "interop/directory/DirectoryFileReader.h"
#include "interop/directory/DirectoryRecords.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/PersonneActiviteReader.h"
#include "interop/directory/Tr.h"
#include "storage/AuditRepository.h"
#include "storage/DirectoryFilesRepository.h"
#include "storage/DirectoryRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace sgl::workflow::directory {

using namespace Qt::StringLiterals;
using interop::directory::DirectoryFileKind;
using interop::directory::DirectoryFileReader;
using interop::directory::PersonneActiviteReader;
using storage::DirectoryRepository;

namespace {

/** One file of the import: Personne_activite (reader) or one of the other files (other). */
struct OpenFile {
    std::unique_ptr<QFile> file;
    std::unique_ptr<PersonneActiviteReader> reader;
    std::unique_ptr<DirectoryFileReader> other;
    QString name;
    qint64 bytesRead() const { return reader ? reader->bytesRead() : other->bytesRead(); }
};

/** The first line of `file`, left unread (the header is read again by the file's reader). */
QByteArray peekHeader(QFile &file)
{
    const QByteArray head = file.peek(64 * 1024);
    const qsizetype end = head.indexOf('\n');
    return end < 0 ? head : head.left(end + 1);
}

/** Reads one batch of a SavoirFaire, Dipl_AutExerc or MSSanté file into `generation`; 0 at its end. */
domain::Result<qint64> storeOtherBatch(storage::Database &db, qint64 generation, DirectoryFileReader &reader, int batchSize)
{
    using interop::directory::DirectoryRecords;
    auto batch = reader.next(batchSize);
    if (!batch)
        return std::unexpected(batch.error());
    if (batch->isEmpty())
        return 0;
    auto stored = db.write([&](storage::WriteTx &tx) -> domain::Status {
        switch (reader.kind()) {
        case DirectoryFileKind::SavoirFaire: {
            QList<storage::DirectoryLine<domain::DirectorySkill>> rows;
            for (const auto &row : *batch)
                rows.append({row.line, DirectoryRecords::skill(row)});
            return storage::DirectoryFilesRepository::insertSkills(tx, generation, rows);
        }
        case DirectoryFileKind::DiplAutExerc: {
            QList<storage::DirectoryLine<domain::DirectoryDiploma>> rows;
            for (const auto &row : *batch)
                rows.append({row.line, DirectoryRecords::diploma(row)});
            return storage::DirectoryFilesRepository::insertDiplomas(tx, generation, rows);
        }
        case DirectoryFileKind::MssanteMailboxes: {
            QList<storage::DirectoryLine<domain::DirectoryMailbox>> rows;
            for (const auto &row : *batch)
                rows.append({row.line, DirectoryRecords::mailbox(row)});
            return storage::DirectoryFilesRepository::insertMailboxes(tx, generation, rows);
        }
        case DirectoryFileKind::PersonneActivite:
            break;
        }
        return {};
    });
    if (!stored)
        return std::unexpected(stored.error());
    return batch->size();
}

} // namespace

DirectoryImport::DirectoryImport(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session))
{
}

domain::Result<DirectoryImportSummary> DirectoryImport::run(const QStringList &paths)
{
    if (auto ok = requirePermission(m_session, domain::Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    if (paths.isEmpty())
        return domain::fail(errc::DirectoryNoFile, Tr::tr("Aucun fichier d'extraction de l'Annuaire Santé à importer."));
    QElapsedTimer timer;
    timer.start();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();

    // Every header is checked before the first write: a wrong file refuses the import untouched.
    std::vector<OpenFile> files;
    QStringList names;
    qint64 totalBytes = 0;
    bool hasActivities = false;
    for (const QString &path : paths) {
        OpenFile f;
        f.name = QFileInfo(path).fileName();
        f.file = std::make_unique<QFile>(path);
        if (!f.file->open(QIODevice::ReadOnly))
            return domain::fail(interop::directory::errc::Read,
                                interop::directory::Tr::tr("Lecture impossible : %1.").arg(f.file->errorString()), path);
        // The file kind is recognised by its header; the kind's reader then checks it strictly.
        const DirectoryFileKind kind = interop::directory::DirectoryFileFormat::recognise(peekHeader(*f.file));
        if (kind == DirectoryFileKind::PersonneActivite) {
            f.reader = std::make_unique<PersonneActiviteReader>(*f.file, f.name);
            hasActivities = true;
        } else {
            f.other = std::make_unique<DirectoryFileReader>(*f.file, f.name, kind);
        }
        if (auto ok = f.reader ? f.reader->readHeader() : f.other->readHeader(); !ok)
            return std::unexpected(ok.error());
        totalBytes += f.file->size();
        names << f.name;
        files.push_back(std::move(f));
    }
    // The other files only describe professionals of Personne_activite: alone they would replace
    // the directory by an empty one.
    if (!hasActivities)
        return domain::fail(errc::DirectoryNoActivityFile,
                            Tr::tr("L'import de l'Annuaire Santé doit comprendre le fichier PS_LibreAcces_Personne_activite "
                                   "(les fichiers SavoirFaire, Dipl_AutExerc et MSSanté le complètent)."),
                            names.join(u", "_s));

    // Leftovers of an interrupted import or of a switch whose clean-up failed.
    auto stale = m_db.read([](storage::ReadTx &tx) { return DirectoryRepository::inactive(tx); });
    if (!stale)
        return std::unexpected(stale.error());
    for (const domain::DirectoryGeneration &g : *stale)
        if (auto ok = m_db.write([&](storage::WriteTx &tx) { return DirectoryRepository::dropGeneration(tx, g.id); }); !ok)
            return std::unexpected(ok.error());

    auto generation = m_db.write([&](storage::WriteTx &tx) {
        return DirectoryRepository::beginGeneration(tx, names, m_session.login, startedAt);
    });
    if (!generation)
        return std::unexpected(generation.error());
    auto abandon = [&](const domain::Error &why) -> domain::Result<DirectoryImportSummary> {
        if (auto dropped = m_db.write([&](storage::WriteTx &tx) { return DirectoryRepository::dropGeneration(tx, *generation); });
            !dropped)
            qWarning("directory import: partial generation %lld not deleted: %s", static_cast<long long>(*generation),
                     qPrintable(dropped.error().toString()));
        return std::unexpected(why);
    };
    auto cancelled = [this] { return m_cancel && m_cancel->load(); };

    DirectoryImportProgress progress;
    progress.totalBytes = totalBytes;
    qint64 bytesBefore = 0;
    for (OpenFile &f : files) {
        progress.file = f.name;
        for (;;) {
            if (cancelled())
                return abandon({QString(errc::DirectoryCancelled),
                                Tr::tr("Import de l'Annuaire Santé annulé : l'annuaire précédent reste en service."),
                                f.name});
            if (f.other) {
                auto stored = storeOtherBatch(m_db, *generation, *f.other, m_batchSize);
                if (!stored)
                    return abandon(stored.error());
                if (*stored == 0)
                    break;
                progress.rows += *stored;
                progress.bytesRead = bytesBefore + f.bytesRead();
                if (m_progress)
                    m_progress(progress);
                continue;
            }
            auto batch = f.reader->next(m_batchSize);
            if (!batch)
                return abandon(batch.error());
            if (batch->isEmpty())
                break;
            auto stored = m_db.write([&](storage::WriteTx &tx) {
                return DirectoryRepository::insertBatch(tx, *generation, *batch);
            });
            if (!stored)
                return abandon(stored.error());
            progress.rows += batch->size();
            progress.bytesRead = bytesBefore + f.reader->bytesRead();
            if (m_progress)
                m_progress(progress);
        }
        bytesBefore += f.bytesRead();
    }
    if (cancelled())
        return abandon({QString(errc::DirectoryCancelled),
                        Tr::tr("Import de l'Annuaire Santé annulé : l'annuaire précédent reste en service."), {}});

    DirectoryImportSummary summary;
    const auto actor = domain::AuditActor::fromSession(m_session);
    auto activated = m_db.write([&](storage::WriteTx &tx) -> domain::Result<domain::DirectoryGeneration> {
        auto g = DirectoryRepository::activate(tx, *generation, QDateTime::currentDateTimeUtc());
        if (!g)
            return g;
        QJsonObject after{{u"files"_s, QJsonArray::fromStringList(names)},
                          {u"rows"_s, g->rowCount},
                          {u"professionals"_s, g->professionalCount},
                          {u"duration_ms"_s, timer.elapsed()}};
        auto audited = storage::AuditRepository::append(tx, actor, u"directory.import"_s, u"directory_generation"_s,
                                                        QString::number(g->id), {},
                                                        QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        if (!audited)
            return std::unexpected(audited.error());
        return g;
    });
    if (!activated)
        return abandon(activated.error());
    summary.generation = *activated;

    // The replaced directory is no longer read by anyone: deleted now, or by the next import if this fails.
    if (auto replaced = m_db.read([](storage::ReadTx &tx) { return DirectoryRepository::inactive(tx); }); replaced) {
        for (const domain::DirectoryGeneration &g : *replaced) {
            if (g.status != domain::DirectoryGeneration::Status::Retired)
                continue;
            if (m_db.write([&](storage::WriteTx &tx) { return DirectoryRepository::dropGeneration(tx, g.id); }))
                ++summary.replacedGenerations;
        }
    }
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace sgl::workflow::directory
