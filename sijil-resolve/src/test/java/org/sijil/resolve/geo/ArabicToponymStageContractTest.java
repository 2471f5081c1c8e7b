package org.sijil.resolve.geo;

import org.sijil.model.doc.Language;
import org.sijil.nlp.Pipeline;
import org.sijil.nlp.Stage;
import org.sijil.nlp.StageContractTest;

/** The geoparser reading Arabic, over the bundled gazetteer, keeps the stage contract. */
class ArabicToponymStageContractTest extends StageContractTest {
  private static final Geoparser GEOPARSER = new Geoparser(Gazetteer.bundled());

  @Override
  protected Stage stage() {
    return new ToponymStage(GEOPARSER, Language.ARABIC);
  }

  @Override
  protected Pipeline prerequisites() {
    return Pipeline.builder().build();
  }
}
