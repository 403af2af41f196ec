package io.github.docgen.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.ArtifactHandler;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.artifact.handler.manager.ArtifactHandlerManager;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.junit.jupiter.api.Test;

import io.github.docgen.engine.Attachment;

class ArtifactAttacherTest {

    /** A handler per type, as Maven's default manager gives for types it does not know. */
    static final ArtifactHandlerManager HANDLERS = new ArtifactHandlerManager() {
        @Override
        public ArtifactHandler getArtifactHandler(String type) {
            return new DefaultArtifactHandler(type);
        }

        @Override
        @Deprecated
        public void addHandlers(Map<String, ArtifactHandler> handlers) {
        }
    };

    @Test
    void attachesEveryDocumentWithTypeClassifierAndFile() {
        MavenProject project = project();
        List<Attachment> outputs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            outputs.add(output("town-" + i, "docx"));
            outputs.add(output("town-" + i, "html"));
        }
        new ArtifactAttacher(new RecordingHelper(), HANDLERS, new SystemStreamLog()).attach(project, outputs);

        List<Artifact> attached = project.getAttachedArtifacts();
        assertEquals(6000, attached.size());
        Artifact last = attached.get(5999);
        assertEquals("org.example:reports:html:town-2999:1.0", last.getGroupId() + ":" + last.getArtifactId() + ":"
                + last.getType() + ":" + last.getClassifier() + ":" + last.getVersion());
        assertEquals(new File("/out/town-2999.html"), last.getFile());
        assertEquals("html", last.getArtifactHandler().getExtension());
    }

    @Test
    void anEqualArtifactAttachedEarlierIsReplacedAsMavenDoes() {
        MavenProject project = project();
        Artifact other = new DefaultArtifact("org.example", "reports", "1.0", null, "pdf", "manual", new DefaultArtifactHandler("pdf"));
        project.addAttachedArtifact(other);
        project.addAttachedArtifact(new DefaultArtifact("org.example", "reports", "1.0", null, "docx", "town-1",
                new DefaultArtifactHandler("docx")));

        new ArtifactAttacher(new RecordingHelper(), HANDLERS, new SystemStreamLog())
                .attach(project, List.of(output("town-1", "docx"), output("town-2", "docx")));

        List<Artifact> attached = project.getAttachedArtifacts();
        assertEquals(3, attached.size());
        assertSame(other, attached.get(0));
        assertEquals(new File("/out/town-1.docx"), attached.get(1).getFile());
        assertEquals("town-2", attached.get(2).getClassifier());
    }

    @Test
    void aReadOnlyListOfAttachmentsGoesThroughTheProjectHelper() {
        MavenProject project = new MavenProject(model()) {
            @Override
            public List<Artifact> getAttachedArtifacts() {
                return Collections.unmodifiableList(new ArrayList<>()); // as Maven 4 returns it
            }
        };
        project.setArtifact(new DefaultArtifact("org.example", "reports", "1.0", null, "jar", null, new DefaultArtifactHandler("jar")));
        RecordingHelper helper = new RecordingHelper();

        new ArtifactAttacher(helper, HANDLERS, new SystemStreamLog()).attach(project, List.of(output("a", "docx"), output("a", "html")));

        assertEquals(List.of("docx:a:/out/a.docx", "html:a:/out/a.html"), helper.calls);
    }

    private static MavenProject project() {
        MavenProject project = new MavenProject(model());
        project.setArtifact(new DefaultArtifact("org.example", "reports", "1.0", null, "jar", null, new DefaultArtifactHandler("jar")));
        return project;
    }

    private static Model model() {
        Model model = new Model();
        model.setGroupId("org.example");
        model.setArtifactId("reports");
        model.setVersion("1.0");
        return model;
    }

    private static Attachment output(String classifier, String format) {
        return new Attachment(Path.of("/out/" + classifier + "." + format), format, classifier);
    }

    /** Records the calls the attacher falls back to. */
    private static final class RecordingHelper implements MavenProjectHelper {
        final List<String> calls = new ArrayList<>();

        @Override
        public void attachArtifact(MavenProject project, String type, String classifier, File file) {
            calls.add(type + ":" + classifier + ":" + file);
        }

        @Override
        public void attachArtifact(MavenProject project, File file, String classifier) {
            throw new AssertionError("not used");
        }

        @Override
        public void attachArtifact(MavenProject project, String type, File file) {
            throw new AssertionError("not used");
        }

        @Override
        public void addResource(MavenProject project, String dir, List<String> includes, List<String> excludes) {
            throw new AssertionError("not used");
        }

        @Override
        public void addTestResource(MavenProject project, String dir, List<String> includes, List<String> excludes) {
            throw new AssertionError("not used");
        }
    }
}
