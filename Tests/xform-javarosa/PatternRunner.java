// Evaluates XPath expressions with JavaRosa (the form engine of ODK Collect): one base64-encoded expression a line
// in the file given, one result a line out ("true", "false", or "error: …"). Used by patterns.py.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Base64;
import org.javarosa.core.model.condition.EvaluationContext;
import org.javarosa.xpath.XPathParseTool;

public class PatternRunner {
  public static void main(String[] args) throws Exception {
    for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
      String expression = new String(Base64.getDecoder().decode(line), StandardCharsets.UTF_8);
      try {
        System.out.println(XPathParseTool.parseXPath(expression).eval(new EvaluationContext(null)));
      } catch (Exception e) {
        System.out.println("error: " + e.getMessage().replace('\n', ' '));
      }
    }
  }
}
