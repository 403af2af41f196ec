package io.github.docgen.plugin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.handler.ArtifactHandler;
import org.apache.maven.artifact.handler.manager.ArtifactHandlerManager;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.project.artifact.AttachedArtifact;

import io.github.docgen.engine.Attachment;

/**
 * Attaches the documents to the project, each as {@code MavenProjectHelper} would (type = extension,
 * classifier = path), but in time linear in their number.
 *
 * <p>Why not one {@code projectHelper.attachArtifact} per document: Maven 3's
 * {@code MavenProject.addAttachedArtifact} searches the whole list for an equal artifact before each
 * add, so 20,000 documents cost about 2·10⁸ comparisons (4–5 s of one thread, measured). Where the
 * project's list can be added to (Maven 3), the same duplicate rule — an equal artifact replaces the
 * earlier one, with a warning — is applied with a hash map; where it is read-only (Maven 4), every
 * artifact goes through the helper.
 */
final class ArtifactAttacher {
    private final MavenProjectHelper projectHelper;
    private final ArtifactHandlerManager handlers;
    private final Log log;

    ArtifactAttacher(MavenProjectHelper projectHelper, ArtifactHandlerManager handlers, Log log) {
        this.projectHelper = projectHelper;
        this.handlers = handlers;
        this.log = log;
    }

    void attach(MavenProject project, List<Attachment> outputs) {
        List<Artifact> attached = project.getAttachedArtifacts();
        if (!canAddTo(attached)) {
            for (Attachment output : outputs) {
                projectHelper.attachArtifact(project, output.type(), output.classifier(), output.file().toFile());
            }
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < attached.size(); i++) {
            index.put(key(attached.get(i)), i);
        }
        for (Attachment output : outputs) {
            Artifact artifact = artifact(project, output);
            Integer earlier = index.putIfAbsent(key(artifact), attached.size());
            if (earlier != null) {
                log.warn("docgen: artifact " + artifact + " already attached, replacing the earlier one");
                attached.set(earlier, artifact);
            } else {
                attached.add(artifact);
            }
        }
    }

    /**
     * Whether the project hands out its own list (Maven 3) rather than a read-only view (Maven 4).
     * The collections API has no query for it; adding nothing tells without changing anything
     * (a read-only view refuses any add, an empty one included).
     */
    private static boolean canAddTo(List<Artifact> attached) {
        try {
            attached.addAll(List.of());
            return true;
        } catch (UnsupportedOperationException readOnly) {
            return false;
        }
    }

    /** The artifact {@code MavenProjectHelper.attachArtifact(project, type, classifier, file)} makes. */
    private Artifact artifact(MavenProject project, Attachment output) {
        ArtifactHandler handler = handlers.getArtifactHandler(output.type());
        Artifact artifact = new AttachedArtifact(project.getArtifact(), output.type(), output.classifier(), handler);
        artifact.setFile(output.file().toFile());
        artifact.setResolved(true);
        return artifact;
    }

    /** What {@code DefaultArtifact.equals} compares. */
    private static String key(Artifact a) {
        return a.getGroupId() + ':' + a.getArtifactId() + ':' + a.getVersion() + ':' + a.getType() + ':'
                + (a.getClassifier() == null ? "" : a.getClassifier());
    }
}
