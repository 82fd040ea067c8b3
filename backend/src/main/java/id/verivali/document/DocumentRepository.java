package id.verivali.document;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentRepository extends JpaRepository<Document, Long> {

    /** The description alone: the content can be 10 MB. */
    @Query("""
            select new id.verivali.document.StoredDocument(
                d.id, d.filename, d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)
            from Document d where d.id = :id""")
    Optional<StoredDocument> findStored(@Param("id") long id);

    @Query("select d.content from Document d where d.id = :id")
    Optional<byte[]> findContent(@Param("id") long id);
}
