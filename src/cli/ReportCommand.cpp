#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "domain/lab/Dossier.h"
#include "interop/cda/CdaViewTransform.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ReportSettingsRepository.h"
#include "workflow/report/ImportSubcontractorResults.h"
#include "workflow/report/IssueReportVersion.h"
#include "workflow/report/LabSettings.h"
#include "workflow/report/LabelLayoutSettings.h"
#include "workflow/report/ReportArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl report build|list|export|configure|import`: CR-BIO report versions of dossiers (N3, N1,
 * PDF, patient PDF kept in the document store) from the command line, for scripts and tests.
 */
class ReportCommand final : public Command {
public:
    QString name() const override { return u"report"_s; }
    Text summary() const override
    {
        return {u"comptes rendus CR-BIO : émettre, lister, exporter, importer un sous-traitant"_s,
                u"CR-BIO reports: issue, list, export, import a subcontractor's"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl report build --dossier ID|NUMÉRO --signer LOGIN [--reason MOTIF] [--dmp-withhold MOTIF]\n"
                "      [--mask-ps] [--invisible-patient] [--invisible-legal-reps] [--patient-mss|--no-patient-mss]\n"
                "      émet la version suivante du compte rendu (PDF/A, copie patient, CDA N3 et N1) et ses envois\n"
                "  sgl report list [--dossier ID|NUMÉRO] [--limit N]\n"
                "  sgl report export --version ID --kind N3|N1|PDF|PDF-patient --out FICHIER [--with-stylesheet] [--user LOGIN]\n"
                "      écrit un document de la version ; la lecture est tracée (report.read) au nom de LOGIN\n"
                "  sgl report configure [--finess F] [--name N] [--street S] [--postal-code C] [--city V]\n"
                "      [--phone T] [--cofrac A] [--setting AMBULATOIRE|ETABLISSEMENT] [--mssante M] [--oid-root OID]\n"
                "      [label.CLÉ=VALEUR...]   format des étiquettes (label.width_mm=38 label.dpi=300, docs/cli.md)\n"
                "  sgl report import --dossier ID|NUMÉRO --file FICHIER [--producer-name N --producer-finess F]\n"
                "      importe le CR-BIO (CDA) ou le PDF d'un laboratoire sous-traitant\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base, 4 refusé (données manquantes, autre patient...), 5 autre."_s,
                u"Usage:\n"
                "  sgl report build --dossier ID|NUMBER --signer LOGIN [--reason TEXT] [--dmp-withhold REASON]\n"
                "      [--mask-ps] [--invisible-patient] [--invisible-legal-reps] [--patient-mss|--no-patient-mss]\n"
                "  sgl report list [--dossier ID|NUMBER] [--limit N]\n"
                "  sgl report export --version ID --kind N3|N1|PDF|PDF-patient --out FILE [--with-stylesheet] [--user LOGIN]\n"
                "      writes one document of the version; the read is audited (report.read) under LOGIN\n"
                "  sgl report configure [--finess F] [--name N] [--street S] [--postal-code C] [--city V]\n"
                "      [--phone T] [--cofrac A] [--setting AMBULATOIRE|ETABLISSEMENT] [--mssante M] [--oid-root OID]\n"
                "      [label.KEY=VALUE...]   tube-label layout (label.width_mm=38 label.dpi=300, docs/cli.md)\n"
                "  sgl report import --dossier ID|NUMBER --file FILE [--producer-name N --producer-finess F]\n"
                "Exit codes: 0 success, 1 usage, 2 database, 4 refused (missing data, other patient...), 5 other."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        if (args.isEmpty())
            return ctx.usage(name(), {u"sous-commande attendue (build, list, export, configure, import)"_s,
                                      u"subcommand expected (build, list, export, configure, import)"_s});
        const QString sub = args.first();
        const QStringList rest = args.mid(1);
        if (sub == u"build"_s)
            return build(ctx, rest);
        if (sub == u"list"_s)
            return list(ctx, rest);
        if (sub == u"export"_s)
            return exportDocument(ctx, rest);
        if (sub == u"configure"_s)
            return configure(ctx, rest);
        if (sub == u"import"_s)
            return importDocument(ctx, rest);
        return ctx.usage(name(), {u"sous-commande inconnue : "_s + sub, u"unknown subcommand: "_s + sub});
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        const bool refused = error.code.startsWith(u"cda."_s) || error.code.startsWith(u"report."_s)
                             || error.code.startsWith(u"pdf."_s) || error.code.startsWith(u"sharing."_s);
        return refused ? int(kExitRejected) : code;
    }



    domain::AuditActor actor(CommandContext &ctx, const QString &login)
    {
        return domain::AuditActor{0, login.isEmpty() ? u"system:sgl report"_s : login, ctx.hostName()};
    }

    int build(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"dossier"_s, u"signer"_s, u"reason"_s, u"dmp-withhold"_s},
                           {u"mask-ps"_s, u"invisible-patient"_s, u"invisible-legal-reps"_s, u"patient-mss"_s,
                            u"no-patient-mss"_s},
                           u"report build"_s);
        if (!o)
            return kExitUsage;
        if (!o->has(u"dossier"_s) || !o->has(u"signer"_s))
            return ctx.usage(name(), {u"--dossier et --signer sont obligatoires"_s, u"--dossier and --signer are required"_s});
        if (o->has(u"patient-mss"_s) && o->has(u"no-patient-mss"_s))
            return ctx.usage(name(), {u"--patient-mss et --no-patient-mss s'excluent"_s,
                                      u"--patient-mss and --no-patient-mss are exclusive"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto id = CommandContext::dossierId(*db, o->value(u"dossier"_s));
        if (!id)
            return failed(ctx, id.error());
        // The signer acts with their own roles: IssueReportVersion checks report.sign.
        auto signer = operatorSession(ctx, *db, o->value(u"signer"_s), u"report build"_s, domain::Role::Biologist);
        if (!signer)
            return failed(ctx, signer.error());
        workflow::report::IssueRequest request;
        request.dossierId = *id;
        request.signer = *signer;
        request.amendmentReason = o->value(u"reason"_s);
        const bool choosing = o->has(u"dmp-withhold"_s) || o->has(u"mask-ps"_s) || o->has(u"invisible-patient"_s)
                              || o->has(u"invisible-legal-reps"_s) || o->has(u"patient-mss"_s)
                              || o->has(u"no-patient-mss"_s);
        if (choosing) {
            // Unchosen items keep their defaults (patient MSSanté copy: on with a qualified INS).
            const auto who = domain::AuditActor::fromSession(*signer);
            auto qualified = db->write([&](storage::WriteTx &tx) -> domain::Result<bool> {
                auto dossier = storage::DossierRepository::get(tx, *id, who);
                if (!dossier)
                    return std::unexpected(dossier.error());
                auto patient = storage::PatientRepository::get(tx, dossier->patientId, who);
                if (!patient)
                    return std::unexpected(patient.error());
                return patient->insUsable();
            });
            if (!qualified)
                return failed(ctx, qualified.error());
            domain::SharingChoices sharing = domain::SharingChoices::defaultsFor(*qualified);
            sharing.dmpWithheld = o->has(u"dmp-withhold"_s);
            sharing.withholdReason = o->value(u"dmp-withhold"_s);
            sharing.maskedToProfessionals = o->has(u"mask-ps"_s);
            sharing.hiddenFromPatientUntilAnnouncement = o->has(u"invisible-patient"_s);
            sharing.hiddenFromLegalRepresentatives = o->has(u"invisible-legal-reps"_s);
            if (o->has(u"patient-mss"_s))
                sharing.sendToPatientMss = true;
            if (o->has(u"no-patient-mss"_s) || sharing.hiddenFromPatientUntilAnnouncement)
                sharing.sendToPatientMss = o->has(u"patient-mss"_s);
            request.sharing = sharing;
        }
        auto issued = workflow::report::IssueReportVersion().issue(*db, request);
        if (!issued)
            return failed(ctx, issued.error());
        const domain::ReportVersion &version = issued->version;
        ctx.out() << u"Compte rendu émis : version %1 (id %2), document %3%4"_s.arg(version.versionNumber).arg(version.id)
                         .arg(version.documentId, version.partial ? u" (partiel)"_s : QString())
                  << Qt::endl;
        for (const storage::OutboxEntry &e : issued->outbox)
            ctx.out() << u"  envoi %1 → %2 : %3%4"_s.arg(domain::channelCode(e.channel), e.recipient,
                                                         domain::dispatchStateCode(e.state),
                                                         e.lastError.isEmpty() ? QString() : u" ("_s + e.lastError + u')')
                      << Qt::endl;
        return kExitOk;
    }

    int list(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"dossier"_s, u"limit"_s}, {}, u"report list"_s);
        if (!o)
            return kExitUsage;
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        domain::Result<QList<domain::ReportVersion>> versions;
        if (o->has(u"dossier"_s)) {
            auto id = CommandContext::dossierId(*db, o->value(u"dossier"_s));
            if (!id)
                return failed(ctx, id.error());
            versions = db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::forDossier(tx, *id); });
        } else {
            const int limit = o->has(u"limit"_s) ? o->value(u"limit"_s).toInt() : 50;
            versions = db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::recent(tx, limit > 0 ? limit : 50); });
        }
        if (!versions)
            return failed(ctx, versions.error());
        for (const auto &v : *versions) {
            auto docs = db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::list(tx, v.id); });
            if (!docs)
                return failed(ctx, docs.error());
            ctx.out() << u"%1\tdossier %2\tv%3\t%4%5\t%6\t%7"_s.arg(v.id).arg(v.dossierId).arg(v.versionNumber)
                             .arg(domain::reportVersionStatusCode(v.status), v.partial ? u" partiel"_s : QString(),
                                  v.documentId, v.createdAt.toString(Qt::ISODate))
                      << Qt::endl;
            for (const auto &d : *docs)
                ctx.out() << u"\t%1\t%2 octets\tsha256 %3"_s.arg(d.kind).arg(d.sizeBytes).arg(d.sha256) << Qt::endl;
        }
        return kExitOk;
    }

    int exportDocument(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"version"_s, u"kind"_s, u"out"_s, u"user"_s}, {u"with-stylesheet"_s}, u"report export"_s);
        if (!o)
            return kExitUsage;
        if (!o->has(u"version"_s) || !o->has(u"kind"_s) || !o->has(u"out"_s))
            return ctx.usage(name(), {u"--version, --kind et --out sont obligatoires"_s, u"--version, --kind and --out are required"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        bool numeric = false;
        const qint64 version = o->value(u"version"_s).toLongLong(&numeric);
        if (!numeric || version <= 0)
            return ctx.usage(name(), {u"--version attend l'identifiant numérique d'une version (voir sgl report list)"_s,
                                      u"--version expects the numeric id of a version (see sgl report list)"_s});
        // Exporting a report reads patient data: through ReportArchive, so the read is audited
        // (report.read) under the operator's name, like a reading in the Comptes rendus screen.
        domain::UserSession operatorSession;
        operatorSession.userId = -1;
        operatorSession.login = o->has(u"user"_s) ? o->value(u"user"_s) : u"system:sgl report export"_s;
        operatorSession.roles = {domain::Role::Biologist};
        operatorSession.workstation = ctx.hostName();
        auto doc = workflow::report::ReportArchive(*db).document(operatorSession, version, o->value(u"kind"_s));
        if (!doc)
            return failed(ctx, doc.error());
        QFile out(o->value(u"out"_s));
        if (!out.open(QIODevice::WriteOnly) || out.write(doc->bytes) != doc->bytes.size())
            return failed(ctx, {errc::Io, u"Écriture impossible : %1"_s.arg(out.fileName()), out.fileName()});
        out.close();
        if (o->has(u"with-stylesheet"_s)) {
            QFile xsl(QFileInfo(out.fileName()).absoluteDir().filePath(interop::cda::CdaViewTransform::stylesheetFileName()));
            const QByteArray bytes = interop::cda::CdaViewTransform::stylesheet();
            if (!xsl.open(QIODevice::WriteOnly) || xsl.write(bytes) != bytes.size())
                return failed(ctx, {errc::Io, u"Écriture impossible : %1"_s.arg(xsl.fileName()), xsl.fileName()});
        }
        ctx.out() << u"%1 exporté : %2 (%3 octets, sha256 %4)"_s.arg(doc->kind, out.fileName()).arg(doc->bytes.size()).arg(doc->sha256)
                  << Qt::endl;
        return kExitOk;
    }

    int configure(CommandContext &ctx, const QStringList &args)
    {
        static const QList<QPair<QString, QString>> options{
            {u"finess"_s, u"lab.finess"_s}, {u"siret"_s, u"lab.siret"_s}, {u"name"_s, u"lab.name"_s},
            {u"street"_s, u"lab.street"_s}, {u"postal-code"_s, u"lab.postal_code"_s}, {u"city"_s, u"lab.city"_s},
            {u"phone"_s, u"lab.phone"_s}, {u"cofrac"_s, u"lab.cofrac"_s}, {u"setting"_s, u"lab.practice_setting"_s},
            {u"mssante"_s, u"lab.mssante"_s}, {u"oid-root"_s, u"oid.root"_s}};
        QStringList valued;
        for (const auto &[opt, key] : options)
            valued << opt;
        valued << u"user"_s;
        auto o = ctx.parse(args, valued, {}, u"report configure"_s);
        if (!o)
            return kExitUsage;
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        QHash<QString, QString> values;
        for (const auto &[opt, key] : options)
            if (o->has(opt))
                values.insert(key, o->value(opt));
        // Tube-label layout: label.<key>=<value> arguments (LabelLayoutSettings::keys()).
        for (const QString &arg : o->positional) {
            const qsizetype eq = arg.indexOf(u'=');
            const QString key = arg.left(eq);
            if (eq < 0 || !workflow::report::LabelLayoutSettings::keys().contains(key))
                return ctx.usage(name(), {u"argument « %1 » inattendu (réglage d'étiquette attendu : label.width_mm=50...)"_s.arg(arg),
                                          u"unexpected argument “%1” (label setting expected: label.width_mm=50...)"_s.arg(arg)});
            values.insert(key, arg.mid(eq + 1));
        }
        if (!values.isEmpty()) {
            // Whoever can write the database file or URL administers this lab: the operator acts
            // as a system administrator, recorded under --user when given.
            domain::UserSession operatorSession;
            operatorSession.userId = -1;
            operatorSession.login = o->has(u"user"_s) ? o->value(u"user"_s) : u"system:sgl report configure"_s;
            operatorSession.roles = {domain::Role::Admin};
            if (auto ok = workflow::report::LabSettings::save(*db, operatorSession, values); !ok)
                return failed(ctx, ok.error());
        }
        auto all = db->read([](storage::ReadTx &tx) { return storage::ReportSettingsRepository::all(tx); });
        if (!all)
            return failed(ctx, all.error());
        for (const QString &key : workflow::report::LabSettings::keys())
            ctx.out() << key << u" = "_s << all->value(key) << Qt::endl;
        return kExitOk;
    }

    int importDocument(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"dossier"_s, u"file"_s, u"producer-name"_s, u"producer-finess"_s, u"user"_s}, {},
                           u"report import"_s);
        if (!o)
            return kExitUsage;
        if (!o->has(u"dossier"_s) || !o->has(u"file"_s))
            return ctx.usage(name(), {u"--dossier et --file sont obligatoires"_s, u"--dossier and --file are required"_s});
        QFile in(o->value(u"file"_s));
        if (!in.open(QIODevice::ReadOnly))
            return failed(ctx, {errc::Io, u"Lecture impossible : %1"_s.arg(in.fileName()), in.fileName()});
        const QByteArray bytes = in.readAll();
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto id = CommandContext::dossierId(*db, o->value(u"dossier"_s));
        if (!id)
            return failed(ctx, id.error());
        workflow::report::ImportSubcontractorResults importer(*db);
        const auto who = actor(ctx, o->value(u"user"_s));
        domain::Result<workflow::report::ImportSubcontractorResults::Summary> summary;
        if (bytes.startsWith("%PDF-")) {
            domain::Organisation producer;
            producer.name = o->value(u"producer-name"_s);
            producer.finess = o->value(u"producer-finess"_s);
            summary = importer.importPdf(*id, bytes, producer, who);
        } else {
            summary = importer.importCda(*id, bytes, who);
        }
        if (!summary)
            return failed(ctx, summary.error());
        ctx.out() << u"Document de %1 importé (id %2) : %3 résultat(s) à intégrer au prochain compte rendu."_s
                         .arg(summary->producer).arg(summary->receivedDocumentId).arg(summary->observations)
                  << Qt::endl;
        for (const QString &s : summary->skipped)
            ctx.out() << u"  non intégré : "_s << s << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::ReportCommand;
SGL_REGISTER_COMMAND(ReportCommand)
