<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <source>Please tell the front desk now</source>
        <translation>Por favor, avise ahora en la recepción</translation>
    </message>
    <message>
        <source>Some of your answers mean a staff member should talk with you today.</source>
        <translation>Por algunas de sus respuestas, alguien del personal debe hablar con usted hoy.</translation>
    </message>
    <message>
        <source>Please go to the front desk now and show them this screen.</source>
        <translation>Por favor, vaya ahora a la recepción y muéstreles esta pantalla.</translation>
    </message>
    <message>
        <source>We have let them know. You can finish your form afterwards.</source>
        <translation>Ya les avisamos. Puede terminar su formulario después.</translation>
    </message>
    <message>
        <source>Please go now, even if nobody calls you. You can finish your form afterwards.</source>
        <translation>Por favor, vaya ahora, aunque nadie le llame. Puede terminar su formulario después.</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body diagram, front view</source>
        <translation>Dibujo del cuerpo, visto de frente</translation>
    </message>
    <message>
        <source>Body diagram, back view</source>
        <translation>Dibujo del cuerpo, visto de espaldas</translation>
    </message>
    <message>
        <source>Body diagram, bottom of both feet</source>
        <translation>Dibujo de las plantas de los dos pies</translation>
    </message>
    <message>
        <source>Legs close up, front view</source>
        <translation>Piernas de cerca, vistas de frente</translation>
    </message>
    <message>
        <source>Legs close up, back view</source>
        <translation>Piernas de cerca, vistas de espalda</translation>
    </message>
    <message>
        <source>Your right side is on the left of the picture.</source>
        <translation>Su lado derecho está a la izquierda del dibujo.</translation>
    </message>
    <message>
        <source>Your right side is on the right of the picture.</source>
        <translation>Su lado derecho está a la derecha del dibujo.</translation>
    </message>
    <message>
        <source>You are looking at your front.</source>
        <translation>Está viendo su cuerpo de frente.</translation>
    </message>
    <message>
        <source>You are looking at your back.</source>
        <translation>Está viendo su espalda.</translation>
    </message>
    <message>
        <source>You are looking at the bottoms of your feet, from behind.</source>
        <translation>Está viendo la planta de sus pies, desde atrás.</translation>
    </message>
    <message>
        <source>You are looking at the front of your legs.</source>
        <translation>Está viendo sus piernas de frente.</translation>
    </message>
    <message>
        <source>You are looking at the back of your legs.</source>
        <translation>Está viendo la parte de atrás de sus piernas.</translation>
    </message>
</context>
<context>
    <name>DateOfBirthPicker</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>month day year</source>
        <translation>day month year</translation>
    </message>
    <message>
        <source>Year of birth, the decade</source>
        <translation>Año de nacimiento, la década</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Día de nacimiento</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>%1 had no 29 February. Please choose the day again.</source>
        <translation>%1 no tuvo 29 de febrero. Elija el día otra vez.</translation>
    </message>
    <message>
        <source>%1 has only %2 days. Please choose the day again.</source>
        <translation>%1 tiene solo %2 días. Elija el día otra vez.</translation>
    </message>
    <message>
        <source>That day has not come yet. Please choose the day again.</source>
        <translation>Ese día todavía no ha llegado. Elija el día otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n years old</source>
        <translation>
            <numerusform>%1: %n año</numerusform>
            <numerusform>%1: %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Your answers are saved and will go to your doctor.</source>
        <translation>Sus respuestas están guardadas y llegarán a su médico.</translation>
    </message>
    <message>
        <source>Please give the tablet back to the front desk.</source>
        <translation>Por favor, devuelva la tableta en la recepción.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
</context>
<context>
    <name>FaultPage</name>
    <message>
        <source>Something went wrong — please ask the front desk</source>
        <translation>Algo salió mal. Por favor, pida ayuda en la recepción</translation>
    </message>
    <message>
        <source>We are sorry. Your answers so far are safe with us.</source>
        <translation>Lo sentimos. Las respuestas que ya dio están guardadas.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>IntensityLegend</name>
    <message>
        <source>Colour key: 0 is no pain, 10 is the worst pain</source>
        <translation>Guía de colores: 0 es sin dolor, 10 es el peor dolor</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>El peor dolor</translation>
    </message>
</context>
<context>
    <name>IntensityPage</name>
    <message>
        <source>0 is no pain, 10 is the worst. Tap every word that fits.</source>
        <translation>0 es sin dolor, 10 es el peor. Toque cada palabra que corresponda.</translation>
    </message>
    <message>
        <source>How much does it hurt, and what does it feel like?</source>
        <translation>¿Cuánto le duele y cómo es el dolor?</translation>
    </message>
</context>
<context>
    <name>LookSwitch</name>
    <message>
        <source>Text size: normal</source>
        <translation>Tamaño de letra: normal</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Tamaño de letra: grande</translation>
    </message>
    <message>
        <source>Text size: largest</source>
        <translation>Tamaño de letra: muy grande</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow words on black</source>
        <translation>Letras blancas y amarillas sobre fondo negro</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Your LEFT %1</source>
        <translation>Su lado IZQUIERDO, %1</translation>
    </message>
    <message>
        <source>Your RIGHT %1</source>
        <translation>Su lado DERECHO, %1</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>De espaldas</translation>
    </message>
    <message>
        <source>Legs, front</source>
        <translation>Piernas, de frente</translation>
    </message>
    <message>
        <source>Legs, back</source>
        <translation>Piernas, de espalda</translation>
    </message>
    <message>
        <source>Bottom of feet</source>
        <translation>Plantas de los pies</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>You marked:</source>
        <translation>Usted marcó:</translation>
    </message>
    <message>
        <source>List of body parts</source>
        <translation>Lista de partes del cuerpo</translation>
    </message>
    <message>
        <source>Where does it hurt? Tap each place.</source>
        <translation>¿Dónde le duele? Toque cada lugar.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar: %1</translation>
    </message>
</context>
<context>
    <name>MarkCard</name>
    <message>
        <source>How much, %1</source>
        <translation>Cuánto duele, %1</translation>
    </message>
    <message>
        <source>Feels like, %1</source>
        <translation>Cómo es el dolor, %1</translation>
    </message>
</context>
<context>
    <name>MarkEditor</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>How much does it hurt? 0 is none, 10 is the worst.</source>
        <translation>¿Cuánto le duele? 0 es nada, 10 es el peor dolor.</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto duele</translation>
    </message>
    <message>
        <source>What does it feel like? Tap all that fit.</source>
        <translation>¿Cómo es el dolor? Toque todo lo que corresponda.</translation>
    </message>
    <message>
        <source>Feels like</source>
        <translation>Cómo es el dolor</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar: %1</translation>
    </message>
    <message>
        <source>How much, %1</source>
        <translation>Cuánto duele, %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Letras con acento</translation>
    </message>
    <message>
        <source>Plain letters</source>
        <translation>Letras sin acento</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <source>Scroll up or down</source>
        <translation>Desplazar hacia arriba o hacia abajo</translation>
    </message>
    <message>
        <source>Scroll left or right</source>
        <translation>Desplazar a la izquierda o a la derecha</translation>
    </message>
    <message>
        <source>Patient check-in</source>
        <translation>Registro del paciente</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Show me where</source>
        <translation>Muéstreme dónde</translation>
    </message>
    <message>
        <source>Show the first question still to answer</source>
        <translation>Mostrar la primera pregunta sin responder</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Volver al resumen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>How long have you had this pain?</source>
        <translation>¿Desde hace cuánto tiempo tiene este dolor?</translation>
    </message>
    <message>
        <source>How did it start?</source>
        <translation>¿Cómo empezó?</translation>
    </message>
    <message>
        <source>When does it hurt?</source>
        <translation>¿Cuándo le duele?</translation>
    </message>
    <message>
        <source>Your legs and feet</source>
        <translation>Sus piernas y pies</translation>
    </message>
    <message>
        <source>Questions we ask everyone</source>
        <translation>Preguntas que hacemos a todos</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Cambiar: %1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No to every question.</source>
        <translation>Contestó que no a todas las preguntas.</translation>
    </message>
    <message>
        <source>5 or more times</source>
        <translation>5 veces o más</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Fecha de nacimiento: %1</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde le duele</translation>
    </message>
    <message>
        <source>Morning stiffness: %1</source>
        <translation>Rigidez por la mañana: %1</translation>
    </message>
    <message>
        <source>When it hurts</source>
        <translation>Cuándo le duele</translation>
    </message>
    <message>
        <source>Your legs and feet</source>
        <translation>Sus piernas y pies</translation>
    </message>
    <message>
        <source>Questions we ask everyone</source>
        <translation>Preguntas que hacemos a todos</translation>
    </message>
    <message>
        <source>I have not tried any of these</source>
        <translation>No he probado nada de esto</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message>
        <source>What you have tried</source>
        <translation>Lo que ha probado</translation>
    </message>
</context>
<context>
    <name>StepRouting</name>
    <message>
        <source>Something went wrong. Please ask the front desk.</source>
        <translation>Algo salió mal. Por favor, pida ayuda en la recepción.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message numerus="yes">
        <source>To keep your answers private, this form will clear in %n seconds.</source>
        <translation>
            <numerusform>Para que nadie más vea sus respuestas, este formulario se borrará en %n segundo.</numerusform>
            <numerusform>Para que nadie más vea sus respuestas, este formulario se borrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreatmentRow</name>
    <message>
        <source>I tried: %1</source>
        <translation>Lo probé: %1</translation>
    </message>
    <message>
        <source>How much did it help the pain in your leg or foot?</source>
        <translation>¿Cuánto le ayudó con el dolor de la pierna o del pie?</translation>
    </message>
    <message>
        <source>How much did it help?</source>
        <translation>¿Cuánto le ayudó?</translation>
    </message>
    <message>
        <source>How many times?</source>
        <translation>¿Cuántas veces?</translation>
    </message>
    <message>
        <source>5 or more</source>
        <translation>5 o más</translation>
    </message>
    <message>
        <source>Did each shot help less than the one before?</source>
        <translation>¿Cada inyección le ayudó menos que la anterior?</translation>
    </message>
    <message>
        <source>Did each shot help less?</source>
        <translation>¿Cada inyección le ayudó menos?</translation>
    </message>
    <message>
        <source>What else did you try?</source>
        <translation>¿Qué otra cosa probó?</translation>
    </message>
</context>
<context>
    <name>TreatmentsPage</name>
    <message>
        <source>Tap each thing you tried for this pain.</source>
        <translation>Toque cada cosa que probó para este dolor.</translation>
    </message>
    <message>
        <source>I have not tried any of these</source>
        <translation>No he probado nada de esto</translation>
    </message>
    <message>
        <source>For your foot or leg</source>
        <translation>Para el pie o la pierna</translation>
    </message>
    <message>
        <source>Surgery on your foot or leg</source>
        <translation>Cirugía del pie o de la pierna</translation>
    </message>
    <message>
        <source>For your back</source>
        <translation>Para la espalda</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Otros tratamientos</translation>
    </message>
    <message>
        <source>What have you tried?</source>
        <translation>¿Qué ha probado?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>Please tell us about your pain before your visit.</source>
        <translation>Por favor, cuéntenos sobre su dolor antes de su consulta.</translation>
    </message>
    <message>
        <source>It takes about %1 minutes.</source>
        <translation>Tarda unos %1 minutos.</translation>
    </message>
    <message>
        <source>Your answers go only to your doctor.</source>
        <translation>Sus respuestas solo llegan a su médico.</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message numerus="yes">
        <source>Please answer %n more questions.</source>
        <translation>
            <numerusform>Por favor, conteste %n pregunta más.</numerusform>
            <numerusform>Por favor, conteste %n preguntas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what you have tried, or tap “I have not tried any of these”.</source>
        <translation>Elija lo que ha probado, o toque «No he probado nada de esto».</translation>
    </message>
    <message>
        <source>Say how much each treatment helped.</source>
        <translation>Indique cuánto le ayudó cada tratamiento.</translation>
    </message>
    <message>
        <source>Say how many times you had each shot or surgery.</source>
        <translation>Indique cuántas veces le pusieron cada inyección o le hicieron cada cirugía.</translation>
    </message>
    <message>
        <source>Say if the shots helped less each time.</source>
        <translation>Indique si las inyecciones le ayudaron menos cada vez.</translation>
    </message>
    <message>
        <source>Please write a few words about the other treatment.</source>
        <translation>Por favor, escriba unas palabras sobre el otro tratamiento.</translation>
    </message>
    <message>
        <source>Please type your first name.</source>
        <translation>Por favor, escriba su nombre.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation>Por favor, escriba sus apellidos.</translation>
    </message>
    <message>
        <source>Please choose your date of birth.</source>
        <translation>Por favor, elija su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Your date of birth cannot be in the future.</source>
        <translation>Su fecha de nacimiento no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>Tap at least one place where it hurts.</source>
        <translation>Toque al menos un lugar donde le duela.</translation>
    </message>
    <message>
        <source>Please check the year you were born.</source>
        <translation>Por favor, revise el año en que nació.</translation>
    </message>
    <message>
        <source>Choose how much it hurts for each place (%n left).</source>
        <translation>Elija cuánto le duele en cada lugar (sin contestar: %n).</translation>
    </message>
    <message>
        <source>Please choose how long you have had this pain.</source>
        <translation>Por favor, elija desde hace cuánto tiempo tiene este dolor.</translation>
    </message>
    <message>
        <source>Please choose how the pain started.</source>
        <translation>Por favor, elija cómo empezó el dolor.</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>Not stiff</source>
        <translation>Sin rigidez</translation>
    </message>
    <message>
        <source>Up to 15 minutes</source>
        <translation>Hasta 15 minutos</translation>
    </message>
    <message>
        <source>About 30 minutes</source>
        <translation>Unos 30 minutos</translation>
    </message>
    <message>
        <source>About an hour</source>
        <translation>Más o menos una hora</translation>
    </message>
    <message>
        <source>Two hours or more</source>
        <translation>Dos horas o más</translation>
    </message>
    <message>
        <source>Do your first steps after rest hurt most, then it eases?</source>
        <translation>¿Le duelen más los primeros pasos después de descansar, y luego mejora?</translation>
    </message>
    <message>
        <source>Is it worse late in the day, or after long standing?</source>
        <translation>¿Le duele más al final del día, o después de estar mucho de pie?</translation>
    </message>
    <message>
        <source>Is your leg or foot worse after long sitting or driving?</source>
        <translation>¿La pierna o el pie empeora después de estar mucho rato sentado o manejando?</translation>
    </message>
    <message>
        <source>Does walking bring on leg pain that sitting or bending eases?</source>
        <translation>¿Al caminar le empieza un dolor de pierna que mejora al sentarse o inclinarse?</translation>
    </message>
    <message>
        <source>Does walking bring on calf pain that stops when you stand still?</source>
        <translation>¿Al caminar le duele la pantorrilla, y se le quita al detenerse, sin sentarse?</translation>
    </message>
    <message>
        <source>Does coughing, sneezing or pushing on the toilet worsen leg pain?</source>
        <translation>¿Toser, estornudar o pujar en el baño le empeora el dolor de la pierna?</translation>
    </message>
    <message>
        <source>Does pain shoot from your back or buttock down your leg?</source>
        <translation>¿El dolor le baja desde la espalda o la nalga por la pierna?</translation>
    </message>
    <message>
        <source>Is there night or rest pain that changing position does not ease?</source>
        <translation>¿Tiene dolor de noche o en reposo que no se alivia al cambiar de postura?</translation>
    </message>
    <message>
        <source>How long are you stiff in the morning?</source>
        <translation>¿Cuánto le dura la rigidez por la mañana?</translation>
    </message>
    <message>
        <source>Did it start after much more walking, running or standing?</source>
        <translation>¿Empezó después de caminar, correr o estar de pie mucho más que antes?</translation>
    </message>
    <message>
        <source>Is going up on tiptoe weaker on the painful side, not only sore?</source>
        <translation>¿Del lado que le duele, tiene menos fuerza para ponerse de puntillas, no solo dolor?</translation>
    </message>
    <message>
        <source>Does your foot slap down, or your toes catch on steps?</source>
        <translation>¿Se le cae el pie de golpe al pisar, o se le atoran los dedos en los escalones?</translation>
    </message>
    <message>
        <source>Does your knee give way?</source>
        <translation>¿Se le dobla la rodilla sin querer?</translation>
    </message>
    <message>
        <source>Is any leg or foot weakness new or getting worse?</source>
        <translation>¿Tiene en la pierna o el pie una debilidad nueva, o que va empeorando?</translation>
    </message>
    <message>
        <source>Does the calf on the painful side cramp or twitch?</source>
        <translation>¿La pantorrilla del lado que le duele tiene calambres, o el músculo salta solo?</translation>
    </message>
    <message>
        <source>Has one calf become thinner than the other?</source>
        <translation>¿Una pantorrilla se ha vuelto más delgada que la otra?</translation>
    </message>
    <message>
        <source>Does tapping behind the inner ankle send tingling into your foot?</source>
        <translation>¿Al dar golpecitos detrás del tobillo, por dentro, siente hormigueo en el pie?</translation>
    </message>
    <message>
        <source>The inner ankle is the bump facing your other foot.</source>
        <translation>El tobillo por dentro es el hueso del lado de su otro pie.</translation>
    </message>
    <message>
        <source>Is there new numbness between your legs, around your bottom or genitals?</source>
        <translation>¿Tiene adormecida, desde hace poco, la piel entre las piernas, alrededor del ano o en los genitales (partes íntimas)?</translation>
    </message>
    <message>
        <source>Where you sit, or where toilet paper touches.</source>
        <translation>Donde se sienta, o donde toca el papel higiénico.</translation>
    </message>
    <message>
        <source>Is it newly hard to start peeing, or to feel the flow?</source>
        <translation>¿Desde hace poco le cuesta empezar a orinar, o siente menos la orina al salir?</translation>
    </message>
    <message>
        <source>Have you newly lost control or feeling of your bladder or bowels?</source>
        <translation>¿Desde hace poco se le escapa la orina o el excremento, o no siente cuándo necesita ir al baño?</translation>
    </message>
    <message>
        <source>Do you have new problems with sex or genital feeling?</source>
        <translation>¿Tiene problemas nuevos en las relaciones sexuales, o siente menos sus genitales (partes íntimas)?</translation>
    </message>
    <message>
        <source>Are both legs very weak, or getting weaker?</source>
        <translation>¿Tiene las dos piernas muy débiles, o cada vez más débiles?</translation>
    </message>
    <message>
        <source>Have you ever had cancer?</source>
        <translation>¿Ha tenido cáncer alguna vez?</translation>
    </message>
    <message>
        <source>Are you losing weight without trying?</source>
        <translation>¿Está bajando de peso sin intentarlo?</translation>
    </message>
    <message>
        <source>Do you have fever, chills or sweats with this pain?</source>
        <translation>¿Tiene fiebre, escalofríos o sudores junto con este dolor?</translation>
    </message>
    <message>
        <source>Do you inject drugs?</source>
        <translation>¿Se inyecta drogas?</translation>
    </message>
    <message>
        <source>Your answer is private.</source>
        <translation>Su respuesta es confidencial.</translation>
    </message>
    <message>
        <source>Is your immune system weak from cancer drugs, transplant drugs or HIV?</source>
        <translation>¿Tiene débil el sistema inmunológico (las defensas del cuerpo) por medicinas contra el cáncer, medicinas para un trasplante o por el VIH?</translation>
    </message>
    <message>
        <source>Have you taken steroid pills, like prednisone, for months?</source>
        <translation>¿Ha tomado durante meses pastillas de cortisona o esteroides, como la prednisona?</translation>
    </message>
    <message>
        <source>Do you have thin bones (osteoporosis)?</source>
        <translation>¿Tiene los huesos débiles (osteoporosis)?</translation>
    </message>
    <message>
        <source>Did this pain start after a fall, accident or injury?</source>
        <translation>¿Empezó este dolor después de una caída, un accidente o un golpe?</translation>
    </message>
    <message>
        <source>Did back pain start in the last 3 months?</source>
        <translation>¿Le empezó un dolor de espalda en los últimos 3 meses?</translation>
    </message>
    <message>
        <source>Has one calf become swollen, warm or red in recent days?</source>
        <translation>¿En los últimos días se le ha hinchado, calentado o enrojecido una pantorrilla?</translation>
    </message>
    <message>
        <source>Do you have diabetes?</source>
        <translation>¿Tiene diabetes?</translation>
    </message>
    <message>
        <source>Has a doctor said you have nerve damage (neuropathy) in your feet?</source>
        <translation>¿Le ha dicho un médico que tiene daño en los nervios de los pies (neuropatía)?</translation>
    </message>
    <message>
        <source>Have you been told you have psoriasis, Crohn&apos;s disease, colitis or uveitis?</source>
        <translation>¿Le han dicho que tiene psoriasis, enfermedad de Crohn, colitis o uveítis?</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <source>Head and neck</source>
        <translation>Cabeza y cuello</translation>
    </message>
    <message>
        <source>Arms and hands</source>
        <translation>Brazos y manos</translation>
    </message>
    <message>
        <source>Chest, belly and groin</source>
        <translation>Pecho, barriga e ingle</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Hips and legs</source>
        <translation>Caderas y piernas</translation>
    </message>
    <message>
        <source>Ankles and feet</source>
        <translation>Tobillos y pies</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Brazo, arriba del codo</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Codo</translation>
    </message>
    <message>
        <source>Forearm</source>
        <translation>Antebrazo</translation>
    </message>
    <message>
        <source>Hand and wrist</source>
        <translation>Mano y muñeca</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Belly</source>
        <translation>Barriga</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Ingle</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Middle back</source>
        <translation>Parte media de la espalda</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte baja de la espalda</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Side of hip</source>
        <translation>Costado de la cadera</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>Muslo por delante</translation>
    </message>
    <message>
        <source>Outer thigh</source>
        <translation>Muslo por fuera</translation>
    </message>
    <message>
        <source>Inner thigh</source>
        <translation>Muslo por dentro</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>Muslo por detrás</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Back of knee</source>
        <translation>Parte de atrás de la rodilla</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Outer lower leg</source>
        <translation>Pierna por fuera, debajo de la rodilla</translation>
    </message>
    <message>
        <source>Inner lower leg</source>
        <translation>Pierna por dentro, debajo de la rodilla</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Achilles tendon (above the heel)</source>
        <translation>Tendón de Aquiles (arriba del talón)</translation>
    </message>
    <message>
        <source>Inner ankle</source>
        <translation>Tobillo por dentro</translation>
    </message>
    <message>
        <source>Outer ankle</source>
        <translation>Tobillo por fuera</translation>
    </message>
    <message>
        <source>Back of heel</source>
        <translation>Parte de atrás del talón</translation>
    </message>
    <message>
        <source>Bottom of heel</source>
        <translation>Debajo del talón</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>Arco del pie</translation>
    </message>
    <message>
        <source>Ball of foot</source>
        <translation>Parte delantera de la planta</translation>
    </message>
    <message>
        <source>Outer edge of foot</source>
        <translation>Borde de afuera del pie</translation>
    </message>
    <message>
        <source>Top of foot</source>
        <translation>Empeine (arriba del pie)</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>Dedo gordo</translation>
    </message>
    <message>
        <source>Middle toes</source>
        <translation>Dedos del medio</translation>
    </message>
    <message>
        <source>Little toe</source>
        <translation>Dedo chiquito (meñique)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Your left</source>
        <translation>Su izquierda</translation>
    </message>
    <message>
        <source>Your right</source>
        <translation>Su derecha</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Less than 6 weeks</source>
        <translation>Menos de 6 semanas</translation>
    </message>
    <message>
        <source>6 to 12 weeks</source>
        <translation>De 6 a 12 semanas</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>De 3 a 6 meses</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>De 6 a 12 meses</translation>
    </message>
    <message>
        <source>More than a year</source>
        <translation>Más de un año</translation>
    </message>
    <message>
        <source>Suddenly</source>
        <translation>De repente</translation>
    </message>
    <message>
        <source>Slowly, over time</source>
        <translation>Poco a poco</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Molestia, dolor sordo</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Agudo, como una punzada</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Ardor</translation>
    </message>
    <message>
        <source>Shooting, like electric shocks</source>
        <translation>Como toques o descargas eléctricas</translation>
    </message>
    <message>
        <source>Tingling, pins and needles</source>
        <translation>Hormigueo, como piquetes de agujas</translation>
    </message>
    <message>
        <source>Numb</source>
        <translation>Adormecido</translation>
    </message>
    <message>
        <source>Painful cold</source>
        <translation>Frío que duele</translation>
    </message>
    <message>
        <source>Hurts when lightly touched</source>
        <translation>Duele con un roce suave</translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Picazón</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>No ayudó</translation>
    </message>
    <message>
        <source>Helped a little</source>
        <translation>Ayudó un poco</translation>
    </message>
    <message>
        <source>Helped a lot</source>
        <translation>Ayudó mucho</translation>
    </message>
    <message>
        <source>Made it worse</source>
        <translation>Lo empeoró</translation>
    </message>
    <message>
        <source>Helped less each time</source>
        <translation>Ayudó menos cada vez</translation>
    </message>
    <message>
        <source>Helped about the same each time</source>
        <translation>Ayudó más o menos igual cada vez</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Hielo</translation>
    </message>
    <message>
        <source>Pain pills or gels</source>
        <translation>Pastillas o geles para el dolor</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Shoe inserts, braces or special shoes</source>
        <translation>Plantillas, soportes o zapatos especiales</translation>
    </message>
    <message>
        <source>Night splint</source>
        <translation>Férula para dormir</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Terapia física (fisioterapia)</translation>
    </message>
    <message>
        <source>Steroid shot in the heel or foot</source>
        <translation>Inyección de cortisona (esteroides) en el talón o el pie</translation>
    </message>
    <message>
        <source>Shockwave therapy</source>
        <translation>Terapia de ondas de choque</translation>
    </message>
    <message>
        <source>PRP shot (from your own blood)</source>
        <translation>Inyección de PRP (de su propia sangre)</translation>
    </message>
    <message>
        <source>Walking boot</source>
        <translation>Bota ortopédica</translation>
    </message>
    <message>
        <source>Surgery on the bottom of the foot</source>
        <translation>Cirugía en la planta del pie</translation>
    </message>
    <message>
        <source>Surgery to lengthen the calf muscle</source>
        <translation>Cirugía para alargar el músculo de la pantorrilla</translation>
    </message>
    <message>
        <source>Nerve surgery at the inner ankle</source>
        <translation>Cirugía de un nervio en la parte de adentro del tobillo</translation>
    </message>
    <message>
        <source>Shot in the back (epidural)</source>
        <translation>Inyección en la espalda (epidural)</translation>
    </message>
    <message>
        <source>Back surgery</source>
        <translation>Cirugía de la espalda</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
</TS>
