#include "interop/pdf/FontSubsetter.h"

#include "interop/pdf/ErrorCodes.h"
#include "interop/pdf/Tr.h"

#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace sgl::interop::pdf {

namespace {

struct BlobDeleter {
    void operator()(hb_blob_t *blob) const { hb_blob_destroy(blob); }
};
struct FaceDeleter {
    void operator()(hb_face_t *face) const { hb_face_destroy(face); }
};
struct InputDeleter {
    void operator()(hb_subset_input_t *input) const { hb_subset_input_destroy(input); }
};

} // namespace

domain::Result<QByteArray> FontSubsetter::subset(const QByteArray &font,
                                                 const QSet<char32_t> &codePoints)
{
    const auto failed = [](const char *why) {
        return domain::fail(errc::FontSubsetFailed,
                            Tr::tr("Sous-ensemble de police impossible : %1.")
                                .arg(QString::fromUtf8(why)));
    };
    if (font.isEmpty())
        return failed("police vide");
    // HB_MEMORY_MODE_READONLY: HarfBuzz reads `font` in place; it outlives every object below.
    std::unique_ptr<hb_blob_t, BlobDeleter> blob(
        hb_blob_create(font.constData(), static_cast<unsigned>(font.size()),
                       HB_MEMORY_MODE_READONLY, nullptr, nullptr));
    std::unique_ptr<hb_face_t, FaceDeleter> face(hb_face_create(blob.get(), 0));
    if (hb_face_get_glyph_count(face.get()) == 0)
        return failed("fichier qui n'est pas une police TrueType");
    std::unique_ptr<hb_subset_input_t, InputDeleter> input(hb_subset_input_create_or_fail());
    if (!input)
        return failed("mémoire insuffisante");
    hb_set_t *unicodes = hb_subset_input_unicode_set(input.get());
    for (const char32_t cp : codePoints)
        hb_set_add(unicodes, cp);
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t *drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char *tag : {"GSUB", "GPOS", "GDEF", "kern", "MATH", "BASE", "JSTF", "DSIG"})
        hb_set_add(drop, hb_tag_from_string(tag, 4));

    std::unique_ptr<hb_face_t, FaceDeleter> subsetFace(hb_subset_or_fail(face.get(), input.get()));
    if (!subsetFace)
        return failed("échec de hb-subset");
    std::unique_ptr<hb_blob_t, BlobDeleter> out(hb_face_reference_blob(subsetFace.get()));
    unsigned length = 0;
    const char *data = hb_blob_get_data(out.get(), &length);
    if (!data || length == 0)
        return failed("résultat vide");
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace sgl::interop::pdf
